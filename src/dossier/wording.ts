import { formatDate } from './dates';
import { REPORT_DATE_LABEL } from './report-date';
import { SOURCES } from './sources';
import type { Attribution, DateReading, Fact, Figure } from './types';

/**
 * The words the extension puts around the report's facts, in one place: the card, the popup
 * and the source page all say "editor’s reading" and "speaker not named" the same way. Text in
 * quotation marks here is always the report's own words, verbatim.
 */
export const WORDING = {
  /** The date line every card and the figures view carry. */
  dateline: `From a news report of ${REPORT_DATE_LABEL}`,
  editorsReading: 'editor’s reading',
  editorsReadingLabel: 'Editor’s reading:',
  speakerNotNamed: 'speaker not named',
  theReport: 'the report',
  noSourceNamed: 'the report (no source named)',
  /** Said wherever figures from more than one source are shown together. */
  mayOverlap: 'Figures from different sources; they may overlap.',
} as const;

/** Who says so, as readers see it: "Tokayev, in a televised speech", "speaker not named (“he added”)". */
export function attributionText(attribution: Attribution): string {
  switch (attribution.kind) {
    case 'report':
      return attribution.noSourceNamed ? WORDING.noSourceNamed : WORDING.theReport;
    case 'named': {
      const { label } = SOURCES[attribution.source];
      return attribution.context ? `${label}, ${attribution.context}` : label;
    }
    case 'unnamed':
      return `${WORDING.speakerNotNamed} (“${attribution.words}”)`;
    case 'reading':
      return `${SOURCES[attribution.source].label} (${WORDING.editorsReading} of “${attribution.words}”)`;
  }
}

/** A date the editor reads, labelled: "Sunday, 2 January 2022 (editor’s reading)". */
export function dateReadingText(reading: DateReading): string {
  return `${formatDate(reading.date)} (${WORDING.editorsReading})`;
}

/**
 * Every reading the editor made for `fact`, one sentence each, to show after the label
 * "Editor’s reading:": which date a relative date is, who a pronoun is, who a figure counts.
 */
export function factReadings(fact: Fact): string[] {
  const readings: string[] = [];
  const { dateReading: date, attribution: a } = fact;
  if (date) {
    readings.push(`“${date.words}” is ${formatDate(date.date)}, counted from the report’s date.`);
  }
  if (a.kind === 'reading') {
    readings.push(`“${a.words}” is read as ${SOURCES[a.source].label}. ${a.why}`);
  }
  for (const figure of fact.figures ?? []) {
    if (figure.countsReading) {
      readings.push(`Who the ${amountText(figure)} ${figure.kind} are: ${figure.countsReading}.`);
    }
  }
  if (fact.editorsReading) readings.push(fact.editorsReading);
  return readings;
}

/** A figure with its hedge, as it must always be shown: "about 2,300", "more than 1,000", "dozens". */
export function amountText(figure: Pick<Figure, 'asWritten' | 'qualifier'>): string {
  const { qualifier, asWritten } = figure;
  // "dozens" is both the qualifier and the amount as written.
  return qualifier && qualifier !== 'dozens' ? `${qualifier} ${asWritten}` : asWritten;
}
