/**
 * Every word the card and its Undo notice show, in one place (the UI languages work translates
 * this object). Whole sentences with their values, never pieces glued together, so that a
 * translation can order the words as its language needs.
 */
export const CARD_WORDING = {
  close: 'Close',
  /** Tooltip of every link to a sentence of the report. */
  sourceLinkTitle: 'Read this sentence in the source report',
  turnOffSite: 'Turn off on this site',
  /** The button's words, with the short name: "Hide Tokayev". */
  hideEntity: (shortName: string) => `Hide ${shortName}`,
  /** Its tooltip: what hiding does. */
  hideEntityTitle: (name: string) => `Stop highlighting ${name} on every site`,
  /** Why a settings click did not count (see visibility-guard.ts). */
  refused:
    'Nothing was changed: this card was covered or had only just appeared. Try again, or use the toolbar button.',
  /** The Undo notice after a card's settings button. */
  siteTurnedOff: (site: string) => `Highlighting is off on ${site}.`,
  /** The site of `file:` pages, in that sentence. */
  localFiles: 'local files',
  entityHidden: (name: string) => `${name} is no longer highlighted.`,
  /** Added when storage.sync refused the site and storage.local kept it. */
  deviceOnly: 'Saved on this device only: the browser’s synced storage for this extension is full.',
  /** When storage refused a card's change altogether. */
  siteNotSaved: (site: string) =>
    `Highlighting is still on for ${site}: the browser could not save the change. Try again, or use the toolbar button.`,
  entityNotSaved: (name: string) =>
    `${name} is still highlighted: the browser could not save the change. Try again, or use the toolbar button.`,
  undo: 'Undo',
  dismiss: 'Dismiss',
  undone: 'Undone: the highlights are back.',
  undoFailed: 'That could not be undone. Use the toolbar button.',
  undoRefused: 'Nothing was changed: this notice had only just appeared or was covered. Try again.',
} as const;
