import { REPORT_DATE_LABEL } from '@/src/dossier/report-date';

/**
 * The source page's own words (not the report's), in one place (the UI languages work
 * translates this object).
 */
export const SOURCE_WORDING = {
  kicker: 'Kazakhstan Context',
  title: 'Source report',
  /** What the page holds: the one report every fact comes from, whole. */
  about: `The news report on the January 2022 unrest in Kazakhstan that every fact of Kazakhstan Context comes from, in full and unchanged, dated ${REPORT_DATE_LABEL}.`,
  readings:
    'Its “today”, “yesterday”, “Thursday” and “last Sunday (2)” are read against that date; those readings, and who its “he” and “It” are, are the editor’s and are labelled so below.',
  reportLabel: 'The report, verbatim',
  /** The switch that fills every marked sentence, not only the one a link points at. */
  showAll: 'Mark every statement the extension uses',
  notesTitle: 'Marked statements',
  source: (who: string) => `Source: ${who}.`,
} as const;
