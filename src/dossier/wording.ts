import { kazakhAblative } from '../i18n/kazakh-ablative';
import { factWords, type FactWords } from './dossier-messages';
import { REPORT_DATE } from './report-date';
import type { Attribution, DateReading, Fact, Figure } from './types';

/**
 * The words the extension puts around the report's facts, in one place: the card, the popup
 * and the source page all say "editor’s reading" and "speaker not named" the same way, in the
 * reader's language. Text in quotation marks here is always the report's own words, verbatim
 * and in English (`tr.quote`), whatever the language around it.
 */
const ENGLISH = factWords('en');

/** "From a news report of 7 January 2022": the date line every card and the figures carry. */
export const datelineText = ({ tr }: FactWords = ENGLISH) =>
  tr.t('dossier.dateline', { date: tr.date(REPORT_DATE) });

/**
 * The English words, for the dossier's checks and the tests. Read when asked, not when the
 * module loads: the date line builds a date formatter, whose first build loads the locale's
 * calendar data (~50 ms measured in a page), and no page should pay that before a card opens.
 */
export const WORDING = {
  get dateline() {
    return datelineText(ENGLISH);
  },
  get editorsReadingLabel() {
    return ENGLISH.tr.t('dossier.editorsReadingLabel');
  },
  get theReport() {
    return ENGLISH.tr.t('dossier.theReport');
  },
  get mayOverlap() {
    return ENGLISH.tr.t('dossier.mayOverlap');
  },
} as const;

/**
 * Who says so, as readers see it: "Tokayev, in a televised speech", "speaker not named
 * (“he added”)"; "Токаев, в телеобращении", "говорящий не назван (в оригинале: «he added»)".
 */
export function attributionText(attribution: Attribution, words: FactWords = ENGLISH): string {
  const { tr } = words;
  switch (attribution.kind) {
    case 'report':
      return tr.t(attribution.noSourceNamed ? 'dossier.noSourceNamed' : 'dossier.theReport');
    case 'named': {
      const source = words.source(attribution.source);
      const { context } = attribution;
      return context ? tr.t('dossier.namedWithContext', { source, context }) : source;
    }
    case 'unnamed':
      return tr.t('dossier.unnamed', { words: tr.quote(attribution.words) });
    case 'reading':
      return tr.t('dossier.reading', {
        source: words.source(attribution.source),
        words: tr.quote(attribution.words),
      });
  }
}

/** A date the editor reads, labelled: "Sunday, 2 January 2022 (editor’s reading)". */
export function dateReadingText(reading: DateReading, { tr }: FactWords = ENGLISH): string {
  return tr.t('dossier.dateReading', { date: tr.date(reading.date, { weekday: true }) });
}

/**
 * Every reading the editor made for `fact`, one sentence each, to show after the label
 * "Editor’s reading:": which date a relative date is, who a pronoun is, who a figure counts.
 */
export function factReadings(fact: Fact, words: FactWords = ENGLISH): string[] {
  const { tr } = words;
  const readings: string[] = [];
  const { dateReading: date, attribution: a } = fact;
  if (date) {
    const when = tr.date(date.date, { weekday: true });
    readings.push(tr.t('dossier.readDate', { words: tr.quote(date.words), date: when }));
  }
  if (a.kind === 'reading') {
    const source = words.source(a.source);
    readings.push(tr.t('dossier.readSpeaker', { words: tr.quote(a.words), source, why: a.why }));
  }
  for (const figure of fact.figures ?? []) {
    if (figure.countsReading && figure.kind !== 'year' && figure.kind !== 'day') {
      const amount = amountText(figure, words);
      const reading = figure.countsReading;
      readings.push(tr.t(`dossier.readCounted.${figure.kind}`, { amount, reading }));
    }
  }
  if (fact.editorsReading) readings.push(fact.editorsReading);
  return readings;
}

/** A figure's amount as a language writes it, and its hedge word (kept apart for emphasis). */
export interface HedgedAmount {
  /** "2,300", "2 300", "1 000-нан", "dozens", "десятки". */
  amount: string;
  /** "about", "около", "астам"; absent where there is none ("dozens" is its own hedge). */
  hedge?: string;
  /** The hedge follows the amount (Kazakh "1 000-нан астам", more than 1,000). */
  hedgeAfter: boolean;
}

/** The amount of `figure` with its hedge, in the reader's language (see {@link amountText}). */
export function hedgedAmount(
  figure: Pick<Figure, 'asWritten' | 'qualifier' | 'value' | 'kind'>,
  { tr, language }: FactWords = ENGLISH,
): HedgedAmount {
  const { qualifier, value } = figure;
  const english = language === 'en';
  if (qualifier === 'dozens') {
    return { amount: english ? figure.asWritten : tr.t('dossier.dozens'), hedgeAfter: false };
  }
  // English keeps the report's own writing ("2,300"); the others write the value their way. A
  // year or a day of the month is a date, never grouped ("1989", not "1 989").
  const date = figure.kind === 'year' || figure.kind === 'day';
  const number = english || value === undefined || date ? figure.asWritten : tr.number(value);
  if (!qualifier) return { amount: number, hedgeAfter: false };
  if (qualifier === 'about')
    return { amount: number, hedge: tr.t('dossier.about'), hedgeAfter: false };
  const after = language === 'kk' && value !== undefined;
  return {
    amount: after ? `${number}-${kazakhAblative(value)}` : number,
    hedge: tr.t('dossier.moreThan'),
    hedgeAfter: after,
  };
}

/**
 * A figure with its hedge, as it must always be shown: "about 2,300", "more than 1,000",
 * "dozens"; "около 2 300", "более 1 000", "десятки"; "шамамен 2 300", "1 000-нан астам".
 */
export function amountText(
  figure: Pick<Figure, 'asWritten' | 'qualifier' | 'value' | 'kind'>,
  words: FactWords = ENGLISH,
): string {
  const { amount, hedge, hedgeAfter } = hedgedAmount(figure, words);
  if (!hedge) return amount;
  return hedgeAfter ? `${amount} ${hedge}` : `${hedge} ${amount}`;
}
