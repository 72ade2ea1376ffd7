import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { cardContent, type CardContent } from '@/src/card/card-content';
import { HoverCard } from '@/src/card/HoverCard';
import { ENTITY_IDS } from '@/src/dossier/types';
import { WORDING } from '@/src/dossier/wording';
import { cardProblems } from '../../guards/card-guards';
import { renderTarget } from '../render-target';

const target = renderTarget();

const noop = () => undefined;

/** Renders a card and runs the guard on it. */
function problemsOf(content: CardContent, linkEveryFactTo?: string) {
  render(
    <HoverCard
      content={content}
      onOpenSource={noop}
      onClose={noop}
      onTurnOffSite={noop}
      onHideEntity={noop}
    />,
    target(),
  );
  if (linkEveryFactTo) {
    for (const link of target().querySelectorAll('li[data-fact] a')) {
      link.setAttribute('data-source-fact', linkEveryFactTo);
    }
  }
  return cardProblems(target(), WORDING.dateline);
}

describe('every card', () => {
  it.each(ENTITY_IDS)(
    'of %s says the report’s date and links each fact to its own sentence',
    (id) => {
      expect(problemsOf(cardContent(id))).toEqual([]);
      expect(target().querySelector('.dateline')?.textContent).toBe(
        'From a news report of 7 January 2022',
      );
    },
  );

  // The guard fails on copies that bring the problems back.
  it('fails on a card without the report’s date', () => {
    const content = { ...cardContent('almaty'), dateline: '' };
    expect(problemsOf(content)).toEqual([
      'the card does not say "From a news report of 7 January 2022"',
    ]);
  });

  it('fails on a card whose facts all link to the descriptor’s sentence', () => {
    const content = cardContent('almaty');
    expect(problemsOf(content, content.sourceFactId)).toEqual([
      'fact almaty-forces-ensure-order does not link to #fact-almaty-forces-ensure-order',
      'fact almaty-forces-ensure-order links to #fact-almaty-most-violent-clashes',
      'fact almaty-riots-thursday does not link to #fact-almaty-riots-thursday',
      'fact almaty-riots-thursday links to #fact-almaty-most-violent-clashes',
    ]);
  });
});
