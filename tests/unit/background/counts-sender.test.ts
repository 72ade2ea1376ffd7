import { describe, expect, it } from 'vitest';
import { badgeTabOf, type CountsSenderLike } from '@/src/background/counts-sender';

describe('whose badge a counts message sets', () => {
  it.each<[string, CountsSenderLike | undefined, number | undefined]>([
    ['the top document of a tab (Firefox: no lifecycle)', { tab: { id: 4 }, frameId: 0 }, 4],
    ['the active top document (Chrome)', { tab: { id: 4 }, documentLifecycle: 'active' }, 4],
    [
      'a prerendered page, not yet shown',
      { tab: { id: 4 }, documentLifecycle: 'prerender' },
      undefined,
    ],
    [
      'a page in the back/forward cache',
      { tab: { id: 4 }, documentLifecycle: 'cached' },
      undefined,
    ],
    ['a page being left', { tab: { id: 4 }, documentLifecycle: 'pending_deletion' }, undefined],
    ['a frame inside the page', { tab: { id: 4 }, frameId: 3 }, undefined],
    ['no tab (an extension page)', {}, undefined],
    ['no tab id', { tab: {} }, undefined],
    ['the browser’s "no tab" id', { tab: { id: -1 } }, undefined],
    ['no sender at all', undefined, undefined],
  ])('%s', (_case, sender, tabId) => {
    expect(badgeTabOf(sender)).toBe(tabId);
  });
});
