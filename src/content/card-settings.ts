import type { EntityId } from '../dossier/types';
import type { SettingsStore } from '../settings/settings-store';

/**
 * A settings change the reader made from a card: what an Undo offered after it (the "Card and
 * popup" work) reverses. Every card action goes through {@link applyCardAction}, so that Undo
 * has one place to hook into.
 */
export type CardSettingsChange =
  { kind: 'site-off'; site: string } | { kind: 'entity-hidden'; entityId: EntityId };

/**
 * Writes a card's settings change. Resolves with the change once stored, or null when nothing
 * changed: it was already so (another tab got there first), or storage refused the write (the
 * card has closed by then; nothing may surface in the page's console).
 */
export async function applyCardAction(
  store: SettingsStore,
  change: CardSettingsChange,
): Promise<CardSettingsChange | null> {
  try {
    const before = await store.get();
    if (change.kind === 'site-off') {
      if (before.disabledSites.includes(change.site)) return null;
      await store.setSiteEnabled(change.site, false);
      return change;
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
    return null;
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
