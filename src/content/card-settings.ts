import type { EntityId } from '../dossier/types';
import type { SettingsStore } from '../settings/settings-store';

/**
 * A settings change the reader made from a card: what an Undo offered after it (the "Card and
 * popup" work) reverses. Every card action goes through {@link applyCardAction}, so that Undo
 * has one place to hook into.
 */
export type CardSettingsChange =
  | {
      kind: 'site-off';
      site: string;
      /** Kept in storage.local only: storage.sync refused it (full, or too many writes). */
      deviceOnly?: boolean;
    }
  | { kind: 'entity-hidden'; entityId: EntityId };

/** A card's change that storage refused: the reader is told that nothing changed. */
export interface CardActionFailed {
  kind: 'failed';
  change: CardSettingsChange;
}

/** What a card's settings button came to: stored, refused, or nothing to do (null). */
export type CardActionResult = CardSettingsChange | CardActionFailed | null;

/**
 * Writes a card's settings change. Resolves with the change once stored (noting a site kept
 * on this device only), null when it was already so (another tab got there first), or a
 * failure when storage refused the write (never a rejection: nothing may surface in the page's
 * console; the card tells the reader instead).
 */
export async function applyCardAction(
  store: SettingsStore,
  change: CardSettingsChange,
): Promise<CardActionResult> {
  try {
    const before = await store.get();
    if (change.kind === 'site-off') {
      if (before.disabledSites.includes(change.site)) return null;
      await store.setSiteEnabled(change.site, false);
      const deviceOnly = (await store.deviceOnlySites()).includes(change.site);
      return deviceOnly ? { ...change, deviceOnly } : change;
    }
    if (before.hiddenEntities.includes(change.entityId)) return null;
    const { entityId } = change;
    await store.update((s) => ({
      ...s,
      hiddenEntities: s.hiddenEntities.includes(entityId)
        ? s.hiddenEntities
        : [...s.hiddenEntities, entityId],
    }));
    return change;
  } catch {
    return { kind: 'failed', change };
  }
}

/**
 * Reverses a change made from a card (its Undo): the site is on again, or the name is
 * highlighted again; every tab follows the stored settings as it did for the change. Resolves
 * false where storage refused the write.
 */
export async function revertCardAction(
  store: SettingsStore,
  change: CardSettingsChange,
): Promise<boolean> {
  try {
    if (change.kind === 'site-off') {
      await store.setSiteEnabled(change.site, true);
    } else {
      const { entityId } = change;
      await store.update((s) => ({
        ...s,
        hiddenEntities: s.hiddenEntities.filter((id) => id !== entityId),
      }));
    }
    return true;
  } catch {
    return false;
  }
}
