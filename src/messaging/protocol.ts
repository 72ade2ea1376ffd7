import type { EntityId } from '../dossier/types';

/** Mentions on one page per entity; every entity present, each a non-negative whole number. */
export type EntityCounts = Record<EntityId, number>;

/**
 * Content script -> background, whenever the page's counts change: drives the toolbar badge of
 * the sender's tab (`sender.tab.id`).
 */
export interface CountsMessage {
  type: 'kc:counts';
  counts: EntityCounts;
}

/** Popup -> content script of the active tab: what the popup shows. Answered with `PageState`. */
export interface GetStateMessage {
  type: 'kc:get-state';
}

/**
 * Popup -> content script: scroll to the mention after the last one visited and open its card.
 * Answered with `NextMentionResult`.
 */
export interface NextMentionMessage {
  type: 'kc:next-mention';
  /** Only mentions of this entity, or of any entity when null. */
  entityId: EntityId | null;
}

/**
 * Background -> content script of the active tab, from the keyboard commands: go to the next
 * or previous mention, scroll it into view and open its card with focus in it.
 */
export interface StepMentionMessage {
  type: 'kc:step-mention';
  direction: 'next' | 'previous';
}

/**
 * Content script -> background: open the source page at a fact's sentence in a new tab (a web
 * page may not open an extension page itself, and making the page web-accessible would let
 * any site detect the extension).
 */
export interface OpenSourceMessage {
  type: 'kc:open-source';
  /** A fact id of the dossier. */
  factId: string;
  /** Open the tab behind the reader's (a middle or Ctrl/⌘ click), as links do. */
  background: boolean;
}

/**
 * Content script -> background, at the page's first possible mention: run the rest of the
 * content script (matcher, card) in the sender's frame. A page that names nobody never loads
 * it; the background injects it, so no file of ours is web-accessible (see mention-parts.ts).
 */
export interface LoadPartsMessage {
  type: 'kc:load-parts';
}

/** Every message the extension sends; `type` tells them apart. */
export type Message =
  | CountsMessage
  | GetStateMessage
  | NextMentionMessage
  | StepMentionMessage
  | OpenSourceMessage
  | LoadPartsMessage;

/** The content script's answer to `kc:get-state`. */
export interface PageState {
  /**
   * Mentions on the page, exact even where painting is capped. Zero where highlighting is off
   * for the site: the page is then not read at all.
   */
  counts: EntityCounts;
  /** The page's site key (`settings/site-key.ts`); null for pages without one. */
  siteKey: string | null;
  /** Whether highlighting runs on this page (global switch and this site's switch). */
  enabledOnSite: boolean;
}

/** The content script's answer to `kc:next-mention`. */
export interface NextMentionResult {
  /** False when the page has no (matching) mention, so the popup can say so. */
  found: boolean;
}

/** What each message is answered with (`undefined`: no answer expected). */
export interface ResponseMap {
  'kc:counts': undefined;
  'kc:get-state': PageState;
  'kc:next-mention': NextMentionResult;
  'kc:step-mention': NextMentionResult;
  'kc:open-source': undefined;
  'kc:load-parts': undefined;
}

/** The answer type of a message. */
export type ResponseOf<M extends Message> = ResponseMap[M['type']];

/**
 * Which context may send each message (see `guards.ts`); one entry per message type, so this
 * also lists the types: counts come from a page's content
 * script only (the badge belongs to its tab); requests to a page come from our popup only.
 */
export const SENDER_OF: Readonly<Record<Message['type'], 'content-script' | 'extension-page'>> = {
  'kc:counts': 'content-script',
  'kc:get-state': 'extension-page',
  'kc:next-mention': 'extension-page',
  'kc:step-mention': 'extension-page',
  'kc:open-source': 'content-script',
  'kc:load-parts': 'content-script',
};
