import type { SourceId } from './types';

/** A source the report names: how readers see it, and the words the report names it by. */
export interface Source {
  /** As the card and popup show it: "the Interior Ministry". */
  label: string;
  /**
   * Words that name this source in the report, case-sensitive: a `named` attribution's words
   * must hold one of them. Pronouns are never among them, so "he added" cannot name anyone.
   */
  names: readonly string[];
}

/** The sources the report names. */
export const SOURCES: Readonly<Record<SourceId, Source>> = {
  // "the president": the report calls Tokayev "Kazakhstan’s President" and nobody else the
  // president without a name ("Russian President Vladimir Putin" is named in full).
  tokayev: { label: 'Tokayev', names: ['Tokayev', 'the president'] },
  'interior-ministry': { label: 'the Interior Ministry', names: ['Interior Ministry'] },
  officials: { label: 'officials (not named)', names: ['officials'] },
};
