/**
 * The date the report was published, as given with it (ISO 8601). The text itself only says
 * "today"; the readings of "today", "yesterday", "Thursday" and "last Sunday (2)" that follow
 * from this date are the editor's, and each fact labels them so (`dateReading`).
 */
export const REPORT_DATE = '2022-01-07';

/** {@link REPORT_DATE} as readers see it. */
export const REPORT_DATE_LABEL = '7 January 2022';
