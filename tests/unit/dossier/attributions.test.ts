import { describe, expect, it } from 'vitest';
import { ARTICLE } from '@/src/dossier/article';
import { FACTS } from '@/src/dossier/facts';
import { SOURCES } from '@/src/dossier/sources';
import { locateQuote, sentenceRanges } from '@/src/dossier/text-spans';
import type { Fact } from '@/src/dossier/types';
import { PRONOUN_SPEECH } from '@/src/dossier/validate-wording';
import { attributionText } from '@/src/dossier/wording';

/** The sentence(s) of the report that hold a fact's quote. */
function sentenceOf(fact: Fact): string {
  const at = locateQuote(ARTICLE, fact.quote);
  if (!at) throw new Error(`quote of ${fact.id} not in the report`);
  return sentenceRanges(ARTICLE)
    .filter((s) => s.start < at.end && s.end > at.start)
    .map((s) => ARTICLE.slice(s.start, s.end))
    .join(' ');
}

const insideQuotationMarks = (fact: Fact) =>
  [...ARTICLE.matchAll(/“[^”]*”/g)].some(
    (m) => m[0].includes(fact.quote) || fact.quote.includes(m[0]),
  );

/**
 * The guard, on the text readers see: a fact from a sentence whose speaker is only a pronoun
 * ("he added", "It also confirmed", "According to him") must say "speaker not named" or carry
 * the editor's-reading label, unless it is the report's own voice and neither quotes the
 * speaker nor names who the pronoun is. Returns the facts that break it, with what they show.
 */
function unlabelledPronounFacts(facts: readonly Fact[]): string[] {
  return facts.flatMap((fact) => {
    const sentence = sentenceOf(fact);
    if (!PRONOUN_SPEECH.test(sentence)) return [];
    const shown = attributionText(fact.attribution);
    if (shown.includes('speaker not named') || shown.includes('editor’s reading')) return [];
    const namesSomeone = Object.values(SOURCES).some(
      (source) =>
        shown.includes(source.label) || source.names.some((n) => fact.statement.includes(n)),
    );
    const namedInSentence = Object.values(SOURCES).some(
      (source) => shown.includes(source.label) && source.names.some((n) => sentence.includes(n)),
    );
    if (namedInSentence) return [];
    return namesSomeone || insideQuotationMarks(fact) ? [`${fact.id}: — ${shown}`] : [];
  });
}

const replace = (id: string, change: (fact: Fact) => Fact) =>
  FACTS.map((fact) => (fact.id === id ? change(fact) : fact));

describe('attributions as readers see them', () => {
  it('label every fact whose speaker the report names only by a pronoun', () => {
    expect(unlabelledPronounFacts(FACTS)).toEqual([]);
  });

  it.each([
    ['almaty-forces-ensure-order', 'speaker not named (“he added”)'],
    ['bad-guys-20000', 'Tokayev (editor’s reading of “According to him”)'],
    ['thanks-putin', 'Tokayev (editor’s reading of “He also thanked”)'],
    ['buildings-liberated', 'the Interior Ministry (editor’s reading of “It also confirmed”)'],
    ['checkpoints-70', 'the Interior Ministry (editor’s reading of “It also confirmed”)'],
    ['local-bodies-in-control', 'Tokayev'],
    ['shoot-to-kill-order', 'Tokayev, in a televised speech'],
    ['officials-toll', 'officials (not named)'],
    ['security-forces-toll', 'the report (no source named)'],
  ])('show %s as "— %s"', (id, shown) => {
    const fact = FACTS.find((candidate) => candidate.id === id);
    expect(fact && attributionText(fact.attribution)).toBe(shown);
  });

  // The guard fails on copies that bring the problems back.
  it.each([
    [
      'the forces in Almaty attributed to Tokayev on the strength of "he added"',
      replace('almaty-forces-ensure-order', (f) => ({
        ...f,
        attribution: { kind: 'named', source: 'tokayev', namedBy: 'he added' },
      })),
      'almaty-forces-ensure-order: — Tokayev',
    ],
    [
      'the forces in Almaty given as the report’s own words',
      replace('almaty-forces-ensure-order', (f) => ({ ...f, attribution: { kind: 'report' } })),
      'almaty-forces-ensure-order: — the report',
    ],
    [
      '"According to him" shown as Tokayev without the label',
      replace('bad-guys-20000', (f) => ({
        ...f,
        attribution: { kind: 'named', source: 'tokayev', namedBy: 'According to him' },
      })),
      'bad-guys-20000: — Tokayev',
    ],
    [
      '"He also thanked" shown as the report while the statement says Tokayev',
      replace('thanks-putin', (f) => ({ ...f, attribution: { kind: 'report' } })),
      'thanks-putin: — the report',
    ],
  ])('fails on a copy with %s', (_what, facts, expected) => {
    expect(unlabelledPronounFacts(facts)).toContain(expected);
  });
});
