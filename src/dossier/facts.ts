import { PRESIDENT_FACTS } from './facts-president';
import { UNREST_FACTS } from './facts-unrest';
import type { Fact } from './types';

/**
 * Every fact of the bundled report, in the order of the report. Figures from different
 * sources stay in separate facts (the Interior Ministry's 26 dead are not the officials'
 * "dozens"), so each keeps its own attribution.
 */
export const FACTS: readonly Fact[] = [...PRESIDENT_FACTS, ...UNREST_FACTS];

export { REPORT_DATE, REPORT_DATE_LABEL } from './report-date';
