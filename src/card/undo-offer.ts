import type { CardSettingsChange } from '../content/card-settings';
import { ENTITY_BY_ID } from '../dossier/entities';
import { displaySite } from '../settings/display-site';
import { FILE_SITE_KEY } from '../settings/site-key';
import { CARD_WORDING } from './card-wording';
import type { UndoOffer } from './undo-notice';

/** What the Undo notice says about a change: "Highlighting is off on example.com." */
export function changeText(change: CardSettingsChange): string {
  if (change.kind === 'entity-hidden') {
    return CARD_WORDING.entityHidden(ENTITY_BY_ID[change.entityId].name);
  }
  const site = change.site === FILE_SITE_KEY ? CARD_WORDING.localFiles : displaySite(change.site);
  const said = CARD_WORDING.siteTurnedOff(site);
  return change.deviceOnly ? `${said} ${CARD_WORDING.deviceOnly}` : said;
}

/** The notice after a card's settings button whose change storage refused (no Undo). */
export function failureOffer(
  change: CardSettingsChange,
  from: { box: DOMRect | undefined; focus: boolean },
): UndoOffer {
  const site =
    change.kind === 'site-off' && change.site !== FILE_SITE_KEY
      ? displaySite(change.site)
      : CARD_WORDING.localFiles;
  return {
    message:
      change.kind === 'site-off'
        ? CARD_WORDING.siteNotSaved(site)
        : CARD_WORDING.entityNotSaved(ENTITY_BY_ID[change.entityId].name),
    undo: () => Promise.resolve(false),
    canUndo: false,
    ...(from.box ? { at: { left: from.box.left, top: from.box.top } } : {}),
    focus: from.focus,
  };
}

/**
 * The Undo offered after a card's settings button: at the card's place (`box`, read before it
 * closed), with focus on Undo if the card had it (the reader was using the keyboard).
 */
export function undoOffer(
  change: CardSettingsChange,
  undo: (change: CardSettingsChange) => Promise<boolean>,
  from: { box: DOMRect | undefined; focus: boolean },
): UndoOffer {
  return {
    message: changeText(change),
    undo: () => undo(change),
    ...(from.box ? { at: { left: from.box.left, top: from.box.top } } : {}),
    focus: from.focus,
  };
}
