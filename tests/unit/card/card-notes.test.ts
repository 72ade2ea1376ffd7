// The card's two notes: "may overlap" only where main figures come from several sources, and
// the note on quoted words only on a translated card.
import { describe, expect, it } from 'vitest';
import { cardContent } from '@/src/card/card-content';
import { givesMainFigures } from '@/src/card/key-facts';
import { ENTITY_BY_ID } from '@/src/dossier/entities';
import { FACTS } from '@/src/dossier/facts';
import { attributionText } from '@/src/dossier/wording';

const kazakhstan = ENTITY_BY_ID.kazakhstan;
const mainFigures = FACTS.filter(
  (fact) => fact.entities.includes('kazakhstan') && givesMainFigures(fact),
);

describe('the notes under a card', () => {
  it('has no overlap note when the main figures it shows come from one source', () => {
    const [first] = mainFigures;
    expect(first).toBeDefined();
    const card = cardContent('kazakhstan', [first!], kazakhstan);
    expect(card.facts.map((fact) => fact.id)).toEqual([first!.id]);
    expect(card.figuresNote).toBeUndefined();
    const sources = new Set(mainFigures.map((fact) => attributionText(fact.attribution)));
    expect(sources.size).toBeGreaterThan(1);
    expect(cardContent('kazakhstan', mainFigures, kazakhstan).figuresNote).toBeDefined();
  });

  it('has no note on quoted words on an English card, whatever marks its facts use', () => {
    const [first] = mainFigures;
    const guillemets = { ...first!, statement: `${first!.statement} («as reported»)` };
    const card = cardContent('kazakhstan', [guillemets], kazakhstan, 'en');
    expect(card.facts[0]?.statement).toContain('«');
    expect(card.quotesNote).toBeUndefined();
  });
});
