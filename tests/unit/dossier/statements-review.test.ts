import { describe, expect, it } from 'vitest';
import { ARTICLE } from '@/src/dossier/article';
import { FACTS } from '@/src/dossier/facts';
import type { Fact } from '@/src/dossier/types';
import { validateStatementWording } from '@/src/dossier/validate';
import { attributionText } from '@/src/dossier/wording';

/** One reviewed fact: id, statement, quote, attribution as shown, and why the statement holds. */
type Row = readonly [id: string, statement: string, quote: string, shown: string, note: string];

/**
 * Every statement of the dossier beside its quote and its attribution as readers see it, with
 * the reviewer's note on why the statement says no more and no less than the quote. A change to
 * a statement, quote or attribution fails here until the row is changed too, next to its quote,
 * where a reviewer sees any drift.
 */
const REVIEWED: readonly Row[] = [
  [
    'tokayev-president',
    'Kassym Jomart Tokayev is the President of Kazakhstan.',
    'Kazakhstan’s President, Kassym Jomart Tokayev',
    'the report',
    'Reorders the apposition; adds nothing.',
  ],
  [
    'report-date',
    'Tokayev made his announcement on the day of the report.',
    'announced today',
    'the report',
    'The day itself is the editor’s reading of “today”, labelled as such.',
  ],
  [
    'open-fire-without-warning',
    'Tokayev announced that he had authorised law enforcement agencies to open fire “without warning” to end the protests.',
    'he has authorized law enforcement agencies to open fire “without warning” to end the protests',
    'Tokayev',
    'Reported speech in the past tense; “without warning” stays in the report’s quotation marks.',
  ],
  [
    'shoot-to-kill-order',
    'Tokayev said he gave the order to shoot to kill without warning.',
    'I gave the order to shoot to kill without warning',
    'Tokayev, in a televised speech',
    'Indirect speech of the quoted order; nothing added.',
  ],
  [
    'no-negotiations',
    'Tokayev rejected any negotiations and promised to “eliminate” the “bad guys” who caused the riots.',
    'Tokayev rejected any negotiations and promised to “eliminate” the “bad guys” who caused the riots',
    'Tokayev',
    'The quote in full, in the report’s words.',
  ],
  [
    'bad-guys-20000',
    'Tokayev puts the “bad guys” at about 20,000 people with a “clear plan”.',
    'there are about “20,000” people, with a “clear plan”',
    'Tokayev (editor’s reading of “According to him”)',
    '“bad guys” is from the sentence before, same paragraph; “about” kept; “him” read as Tokayev, labelled.',
  ],
  [
    'thanks-putin',
    'Tokayev thanked Russian President Vladimir Putin for sending troops into the country.',
    'He also thanked Russian President Vladimir Putin for sending troops into the country',
    'Tokayev (editor’s reading of “He also thanked”)',
    '“He” read as Tokayev, labelled in the attribution.',
  ],
  [
    'days-of-protests',
    'The protests had lasted days and were unprecedented.',
    'after days of unprecedented protests',
    'the report',
    'Splits “days of unprecedented protests” into its two claims.',
  ],
  [
    'constitutional-order-restored',
    'Tokayev said constitutional order had been largely restored in all regions.',
    'The forces of order are working hard. Constitutional order has been largely restored in all regions',
    'Tokayev, in a statement',
    '“largely” and “in all regions” kept; the sentence before it (forces working hard) left out.',
  ],
  [
    'operations-continue',
    'Tokayev said security operations would continue “until the total destruction of the militants”.',
    'security operations would continue “until the total destruction of the militants.”',
    'Tokayev, in a statement',
    'The report’s own quotation, verbatim, in quotation marks.',
  ],
  [
    'local-bodies-in-control',
    'Tokayev said local bodies are in control of the situation, but that terrorists “always use weapons and cause damage to citizens’ property”.',
    'Local bodies are in control of the situation, but terrorists always use weapons and cause damage to citizens’ property',
    'Tokayev',
    '“always”, as the report says (an earlier version said “still”).',
  ],
  [
    'interior-ministry-toll',
    'The Interior Ministry reported 26 “armed criminals” dead and 18 wounded.',
    'The Interior Ministry reported that 26 “armed criminals” died and 18 were wounded',
    'the Interior Ministry',
    '“died” as “dead”; whom the 18 wounded are, the report does not say (the figure labels the reading).',
  ],
  [
    'buildings-liberated',
    'All administrative buildings were “liberated and placed under greater protection”.',
    'all administrative buildings were “liberated and placed under greater protection”',
    'the Interior Ministry (editor’s reading of “It also confirmed”)',
    '“It” read as the Interior Ministry, labelled.',
  ],
  [
    'checkpoints-70',
    '70 checkpoints were installed in the country, according to a statement.',
    'with 70 checkpoints installed in the country, according to a statement',
    'the Interior Ministry (editor’s reading of “It also confirmed”)',
    'Keeps “according to a statement”; “It” read as the Interior Ministry, labelled.',
  ],
  [
    'almaty-economic-capital',
    'Almaty is the economic capital of Kazakhstan.',
    'In Almaty, the economic capital',
    'the report',
    '“of Kazakhstan” only names the country the report is about.',
  ],
  [
    'almaty-most-violent-clashes',
    'The clashes were most violent in Almaty.',
    'In Almaty, the economic capital and where the clashes were most violent',
    'the report',
    'Reorders the clause.',
  ],
  [
    'almaty-forces-ensure-order',
    'In Almaty, security and military forces ensure public order, protect strategic infrastructure and clean the streets.',
    'the security forces and the military forces (…) ensure public order, the protection of strategic infrastructure and the cleaning of the streets',
    'speaker not named (“he added”)',
    'Verbs for the nouns (“the protection of” as “protect”); the speaker is not named, as in the report.',
  ],
  [
    'allied-troops-arrived',
    'Russian and other allied troops arrived in the country to support the government.',
    'Russian and other allied troops arrived yesterday in this former Soviet republic to support the government',
    'the report',
    '“this former Soviet republic” as “the country”; “yesterday” shown as a labelled date.',
  ],
  [
    'curfew-and-emergency',
    'To control the situation, a curfew was imposed and a state of emergency was declared.',
    'To control the situation, a curfew was also imposed, and a state of emergency was declared',
    'the report',
    'Drops “also”, which only links the sentence to the one before.',
  ],
  [
    'protests-since-sunday',
    'A protest movement against the increase in the price of gas has swept the country since last Sunday.',
    'A protest movement has swept the country since last Sunday (2) against the increase in the price of gas',
    'the report',
    '“last Sunday (2)” shown as a labelled date.',
  ],
  [
    'biggest-mobilization',
    'The protests are the biggest mobilization in the country in decades.',
    'This is the biggest mobilization in decades',
    'the report',
    '“This” is the protest movement of the paragraph before.',
  ],
  [
    'nazarbayev-rule',
    'Nursultan Nazarbayev ruled the country from 1989 to 2019 and is considered the mentor of the current president.',
    'ruled from 1989 to 2019 by Nursultan Nazarbayev, considered the mentor of the current president',
    'the report',
    'Active voice for the report’s passive.',
  ],
  [
    'officials-toll',
    'The riots left dozens dead and more than 1,000 injured.',
    'The riots, which left dozens dead and injured more than 1,000, officials said',
    'officials (not named)',
    '“dozens” and “more than” kept; the officials are not named.',
  ],
  [
    'almaty-riots-thursday',
    'The riots continued in Almaty on Thursday, and gunfire was heard there.',
    'continued in Almaty on Thursday, where gunfire was heard',
    'the report',
    '“where gunfire was heard” as “and gunfire was heard there”; “Thursday” shown as a labelled date.',
  ],
  [
    'security-forces-toll',
    'To date, 18 members of the security forces have died and 748 have been wounded.',
    'To date, 18 members of the security forces have died, and 748 have been wounded',
    'the report (no source named)',
    '“To date” kept: the toll stands as of the report’s date; no source is named.',
  ],
  [
    'arrests-2300',
    'About 2,300 people were arrested.',
    'About 2,300 people were arrested',
    'the report (no source named)',
    '“About” kept; no source is named.',
  ],
];

/** Where `facts` differ from the reviewed table: changed, unreviewed and missing facts. */
function reviewMismatches(facts: readonly Fact[]): string[] {
  const rows = new Map(REVIEWED.map((row) => [row[0], row]));
  const problems = facts.flatMap((fact) => {
    const row = rows.get(fact.id);
    if (!row) return [`${fact.id}: not reviewed`];
    const [, statement, quote, shown] = row;
    const now = [fact.statement, fact.quote, attributionText(fact.attribution)];
    return [statement, quote, shown].flatMap((reviewed, i) =>
      now[i] === reviewed ? [] : [`${fact.id}: "${now[i]}" was reviewed as "${reviewed}"`],
    );
  });
  const ids = new Set(facts.map((fact) => fact.id));
  return [...problems, ...REVIEWED.filter(([id]) => !ids.has(id)).map(([id]) => `${id}: gone`)];
}

describe('the statements, reviewed against their quotes', () => {
  it('match the reviewed table, fact for fact', () => {
    expect(reviewMismatches(FACTS)).toEqual([]);
  });

  it.each(REVIEWED.map((row) => [row[0], row] as const))(
    '%s: says what its quote says (same hedges and degree words, verbatim quotation marks)',
    (id, [, statement, quote, , note]) => {
      const fact = FACTS.find((candidate) => candidate.id === id);
      expect(fact?.statement).toBe(statement);
      expect(ARTICLE).toContain(quote);
      expect(note.trim()).not.toBe('');
      expect(fact && validateStatementWording([fact], ARTICLE)).toEqual([]);
    },
  );

  it('fail on a copy that says "still" where the report says "always"', () => {
    const drifted = FACTS.map((fact) =>
      fact.id === 'local-bodies-in-control'
        ? {
            ...fact,
            statement:
              'Tokayev said local bodies are in control, though “terrorists” still use weapons and damage property.',
          }
        : fact,
    );
    expect(reviewMismatches(drifted)).toEqual([
      expect.stringContaining(
        'local-bodies-in-control: "Tokayev said local bodies are in control, though',
      ),
    ]);
    expect(validateStatementWording(drifted, ARTICLE)).toEqual([
      expect.stringContaining('statement drops "always"'),
      expect.stringContaining('statement adds "still"'),
    ]);
  });
});
