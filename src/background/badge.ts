import type { UiLanguage } from '../i18n/languages';
import type { EntityCounts } from '../messaging/protocol';
import { badgeWords } from './badge-messages';

/** The part of `browser.action` used here (a fake in tests). */
export interface ActionLike {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setBadgeTextColor?(details: { tabId: number; color: string }): Promise<void>;
  setTitle?(details: { tabId: number; title: string }): Promise<void>;
}

/** Badge colours: white on deep teal reads on light and dark toolbars alike (contrast 5.3:1). */
export const BADGE_BACKGROUND = '#00728f';
export const BADGE_TEXT = '#ffffff';

const total = (counts: EntityCounts | null) =>
  counts ? counts.kazakhstan + counts.tokayev + counts.almaty : 0;

/** The badge text for a page's counts: the total, "999+" beyond that, empty for none. */
export function badgeText(counts: EntityCounts | null): string {
  const sum = total(counts);
  if (sum <= 0) return '';
  return sum > 999 ? '999+' : String(sum);
}

/**
 * The toolbar button's title (its tooltip and accessible name): the exact count in words, in
 * the reader's language ("Kazakhstan Context: 1,204 highlighted mentions on this page", "…:
 * 5 подсвеченных упоминаний…"); the extension's name alone where nothing is counted.
 */
export function badgeTitle(counts: EntityCounts | null, language: UiLanguage): string {
  const words = badgeWords(language);
  const sum = total(counts);
  return sum > 0 ? words.plural('badge.title', sum) : words.t('manifest.name');
}

/** Shows a tab's mention count on the toolbar button (empty where the site is off). */
export async function showCount(
  action: ActionLike,
  tabId: number,
  counts: EntityCounts | null,
  language: UiLanguage = 'en',
): Promise<void> {
  try {
    await action.setBadgeBackgroundColor({ tabId, color: BADGE_BACKGROUND });
    // setBadgeTextColor is Chrome 110+ and Firefox 63+; older browsers pick a readable one.
    await action.setBadgeTextColor?.({ tabId, color: BADGE_TEXT });
    await action.setBadgeText({ tabId, text: badgeText(counts) });
    await action.setTitle?.({ tabId, title: badgeTitle(counts, language) });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}
