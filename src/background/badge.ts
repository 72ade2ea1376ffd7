import type { EntityCounts } from '../messaging/protocol';

/** The part of `browser.action` used here (a fake in tests). */
export interface ActionLike {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setBadgeTextColor?(details: { tabId: number; color: string }): Promise<void>;
}

/** Badge colours: white on deep teal reads on light and dark toolbars alike (contrast 5.3:1). */
export const BADGE_BACKGROUND = '#00728f';
export const BADGE_TEXT = '#ffffff';

/** The badge text for a page's counts: the total, "999+" beyond that, empty for none. */
export function badgeText(counts: EntityCounts | null): string {
  if (!counts) return '';
  const total = counts.kazakhstan + counts.tokayev + counts.almaty;
  if (total <= 0) return '';
  return total > 999 ? '999+' : String(total);
}

/** Shows a tab's mention count on the toolbar button (empty where the site is off). */
export async function showCount(
  action: ActionLike,
  tabId: number,
  counts: EntityCounts | null,
): Promise<void> {
  try {
    await action.setBadgeBackgroundColor({ tabId, color: BADGE_BACKGROUND });
    // setBadgeTextColor is Chrome 110+ and Firefox 63+; older browsers pick a readable one.
    await action.setBadgeTextColor?.({ tabId, color: BADGE_TEXT });
    await action.setBadgeText({ tabId, text: badgeText(counts) });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}
