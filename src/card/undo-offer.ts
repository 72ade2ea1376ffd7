import type { CardSettingsChange } from '../content/card-settings';
import { ENTITY_BY_ID } from '../dossier/entities';
import { displaySite } from '../settings/display-site';
import { FILE_SITE_KEY } from '../settings/site-key';
import type { UiLanguage } from '../i18n/languages';
import { localDossier } from '../dossier/localise';
import { cardWords } from './card-messages';
import type { UndoOffer } from './undo-notice';

/** What the Undo notice says about a change: "Highlighting is off on example.com." */
export function changeText(change: CardSettingsChange, language: UiLanguage = 'en'): string {
  const words = cardWords(language);
  if (change.kind === 'entity-hidden') {
    const entity = localDossier(language).entities.find((e) => e.id === change.entityId);
    return words.t('card.entityHidden', { name: (entity ?? ENTITY_BY_ID[change.entityId]).name });
  }
  const said =
    change.site === FILE_SITE_KEY
      ? words.t('card.filesTurnedOff')
      : words.t('card.siteTurnedOff', { site: displaySite(change.site) });
  return change.deviceOnly ? `${said} ${words.t('card.deviceOnly')}` : said;
}

/** The notice after a card's settings button whose change storage refused (no Undo). */
export function failureOffer(
  change: CardSettingsChange,
  from: { box: DOMRect | undefined; focus: boolean },
): UndoOffer {
  return {
    message: (language) => failureText(change, language),
    undo: () => Promise.resolve(false),
    canUndo: false,
    ...(from.box ? { at: { left: from.box.left, top: from.box.top } } : {}),
    focus: from.focus,
  };
}

/** What the notice says when storage refused a card's change. */
export function failureText(change: CardSettingsChange, language: UiLanguage = 'en'): string {
  const words = cardWords(language);
  if (change.kind === 'entity-hidden') {
    const entity = localDossier(language).entities.find((e) => e.id === change.entityId);
    return words.t('card.entityNotSaved', {
      name: (entity ?? ENTITY_BY_ID[change.entityId]).name,
    });
  }
  if (change.site === FILE_SITE_KEY) return words.t('card.filesNotSaved');
  return words.t('card.siteNotSaved', { site: displaySite(change.site) });
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
    message: (language) => changeText(change, language),
    undo: () => undo(change),
    ...(from.box ? { at: { left: from.box.left, top: from.box.top } } : {}),
    focus: from.focus,
  };
}
