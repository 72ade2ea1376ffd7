import { PRESIDENT_FACTS } from './facts-president';
import { UNREST_FACTS } from './facts-unrest';
import type { Fact } from './types';

/**
 * Every fact of the bundled report, in the order of the report. Figures from different
 * sources stay in separate facts (the Interior Ministry's 26 dead are not the officials'
 * "dozens"), so each keeps its own attribution.
 */
export const FACTS: readonly Fact[] = [...PRESIDENT_FACTS, ...UNREST_FACTS];

/**
 * The date the report was published, as given with it (ISO 8601). The text itself only says
 * "today"; the readings of "today", "yesterday", "Thursday" and "Sunday (2)" that follow from
 * this date are the editor's, and each fact labels them as such in `editorsReading`.
 */
export const REPORT_DATE = '2022-01-07';

/** {@link REPORT_DATE} as readers see it. */
export const REPORT_DATE_LABEL = '7 January 2022';
