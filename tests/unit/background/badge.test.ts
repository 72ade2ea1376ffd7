import { describe, expect, it, vi } from 'vitest';
import { BADGE_BACKGROUND, badgeText, badgeTitle, showCount } from '../../../src/background/badge';

const counts = (kazakhstan: number, tokayev: number, almaty: number) => ({
  kazakhstan,
  tokayev,
  almaty,
});

describe('badge', () => {
  it.each([
    [null, ''],
    [counts(0, 0, 0), ''],
    [counts(1, 0, 0), '1'],
    [counts(3, 4, 5), '12'],
    [counts(999, 0, 0), '999'],
    [counts(500, 500, 0), '999+'],
  ])('shows %j as "%s"', (value, text) => {
    expect(badgeText(value)).toBe(text);
  });

  it.each([
    ['en', counts(1, 0, 0), 'Kazakhstan Context: 1 highlighted mention on this page'],
    ['en', counts(1000, 204, 0), 'Kazakhstan Context: 1,204 highlighted mentions on this page'],
    ['ru', counts(1, 0, 0), 'Казахстан: контекст — 1 подсвеченное упоминание на этой странице'],
    ['ru', counts(21, 0, 1), 'Казахстан: контекст — 22 подсвеченных упоминания на этой странице'],
    ['ru', counts(5, 6, 0), 'Казахстан: контекст — 11 подсвеченных упоминаний на этой странице'],
    [
      'ru',
      counts(20_000, 0, 0),
      'Казахстан: контекст — 20\u00a0000 подсвеченных упоминаний на этой странице',
    ],
    ['kk', counts(2, 0, 0), 'Қазақстан: контекст — бұл бетте 2 атау ерекшеленген'],
    ['en', null, 'Kazakhstan Context'],
    ['ru', counts(0, 0, 0), 'Казахстан: контекст'],
    ['kk', null, 'Қазақстан: контекст'],
  ] as const)('titles the button in %s for %j: "%s"', (language, value, title) => {
    expect(badgeTitle(value, language)).toBe(title);
  });

  it('sets text and colours for the tab', async () => {
    const action = {
      setBadgeText: vi.fn(async () => undefined),
      setBadgeBackgroundColor: vi.fn(async () => undefined),
      setBadgeTextColor: vi.fn(async () => undefined),
    };
    await showCount(action, 7, counts(1, 1, 1));
    expect(action.setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '3' });
    expect(action.setBadgeBackgroundColor).toHaveBeenCalledWith({
      tabId: 7,
      color: BADGE_BACKGROUND,
    });
  });

  it('does not throw when the tab has closed', async () => {
    const gone = async () => {
      throw new Error('No tab with id: 7');
    };
    const action = { setBadgeText: gone, setBadgeBackgroundColor: gone };
    await expect(showCount(action, 7, counts(1, 0, 0))).resolves.toBeUndefined();
  });
});
