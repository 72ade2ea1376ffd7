import { describe, expect, it } from 'vitest';
import { badgeText } from '@/src/background/badge';
import { shownCounts } from '@/src/content/shown-counts';
import type { EntityId } from '@/src/dossier/types';

const counts = { kazakhstan: 3, tokayev: 2, almaty: 2 };

describe('the counts the badge adds up', () => {
  it.each([
    [[], '7'],
    [['tokayev'], '5'],
    [['tokayev', 'almaty'], '3'],
    [['kazakhstan', 'tokayev', 'almaty'], ''],
  ] as [EntityId[], string][])('with %j hidden, the badge says "%s"', (hidden, badge) => {
    expect(badgeText(shownCounts(counts, { hiddenEntities: hidden }))).toBe(badge);
  });

  it('leaves the page’s own counts as they are', () => {
    shownCounts(counts, { hiddenEntities: ['tokayev'] });
    expect(counts.tokayev).toBe(2);
  });
});
