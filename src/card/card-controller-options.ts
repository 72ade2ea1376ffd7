import type { CardActionResult, CardSettingsChange } from '../content/card-settings';
import type { EntityId } from '../dossier/types';
import type { HighlightPainter } from '../highlight/highlight-painter';
import type { hitTest as defaultHitTest } from '../highlight/hit-test';
import type { MentionIndex } from '../page/mention-index';
import type { Settings } from '../settings/schema';
import type { followAnchor } from './position-card';
import type { VisibilityGuard } from './visibility-guard';

/** What the card controller is given; everything that touches the page is passed in. */
export interface CardControllerOptions {
  /** Aborted when the extension goes away: the controller then destroys itself. */
  signal: AbortSignal;
  doc?: Document;
  win?: Window & typeof globalThis;
  index: MentionIndex;
  painter: Pick<HighlightPainter, 'setActive'>;
  /**
   * Current settings, read at each hover (hoverDelayMs, cardNeedsModifier, hiddenEntities) and
   * at each drawing (language).
   */
  getSettings: () => Pick<
    Settings,
    'hoverDelayMs' | 'cardNeedsModifier' | 'hiddenEntities' | 'language'
  >;
  /** The browser's UI language, which the card speaks unless the reader chose another. */
  uiLanguage?: () => string;
  /**
   * The card's settings buttons: only a real click on a card in plain view (card-view.ts).
   * Resolving with the change once stored offers an Undo for it (null: nothing changed).
   */
  onTurnOffSite: () => Promise<CardActionResult> | void;
  onHideEntity: (entityId: EntityId) => Promise<CardActionResult> | void;
  /** Reverses a change made from the card: the Undo notice's button. Without it, no notice. */
  onUndo?: (change: CardSettingsChange) => Promise<boolean>;
  /** Opens the source report at a fact's sentence (`background`: a middle or Ctrl click). */
  onOpenSource: (factId: string, background: boolean) => void;
  /** Open shadow roots the scanner knows (hit testing inside them needs them). */
  shadowRoots?: () => readonly ShadowRoot[];
  /** The hit test; tests drive the controller with a stub (happy-dom has no layout). */
  hitTest?: typeof defaultHitTest;
  /** Keeps the card placed at its anchor; tests pass a stub. */
  follow?: typeof followAnchor;
  /** Shadow root mode of the host; tests may use 'open'. */
  shadowMode?: ShadowRootMode;
  /** Watches the card's visibility for its settings buttons; tests pass a stub. */
  visibility?: (frame: Element) => VisibilityGuard;
}

/** How a card is opened from the keyboard. */
export interface OpenOptions {
  /** Move focus into the card (Tab then walks its controls; Esc gives focus back). */
  focus?: boolean;
}

/** The card's imperative side: hover, keyboard API, host, position. */
export interface CardController {
  /** Scrolls the mention into view and opens its card; false if there is no such mention. */
  openAt(node: Text, position: number, options?: OpenOptions): boolean;
  /** Opens the card of the mention after the last one visited (any entity when null). */
  next(entityId: EntityId | null, options?: OpenOptions): boolean;
  /** Opens the card of the mention before the last one visited. */
  previous(entityId: EntityId | null, options?: OpenOptions): boolean;
  /** Closes the card (focus goes back where it was if the card had it). */
  close(): void;
  /**
   * Re-renders an open card and Undo notice (counts or the language changed); closes the card
   * if its entity was hidden or its mention left the index (highlighting turned off). Call it
   * on count and settings changes.
   */
  refresh(): void;
  readonly isOpen: boolean;
  /** The card's (closed) shadow root once created, for the debug handle and e2e tests. */
  readonly shadowRoot: ShadowRoot | undefined;
  /** The Undo notice's (closed) shadow root while it is shown. */
  readonly noticeRoot: ShadowRoot | undefined;
  /** Removes every listener, timer and the host; also done when `signal` aborts. */
  destroy(): void;
}
