import type { EntityCounts } from '../messaging/protocol';
import type { Settings } from '../settings/schema';

/**
 * The counts of the names that are highlighted, hidden ones as 0: what the toolbar badge adds
 * up, so that it matches what the reader sees on the page. (The popup still lists every count,
 * a hidden name marked "not highlighted".)
 */
export function shownCounts(
  counts: EntityCounts,
  settings: Pick<Settings, 'hiddenEntities'>,
): EntityCounts {
  const shown = { ...counts };
  for (const id of settings.hiddenEntities) shown[id] = 0;
  return shown;
}
