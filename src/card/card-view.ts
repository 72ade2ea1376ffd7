import { h, render } from 'preact';
import type { EntityId } from '../dossier/types';
import type { CardContent } from './card-content';
import { createCardHost, type CardHost } from './card-host';
import { HoverCard } from './HoverCard';
import cardCss from './hover-card.css?inline';

/** What the view does on the card's controls, and where it lives. */
export interface CardViewOptions {
  doc: Document;
  /** Removes the view's listeners when aborted (the host goes with `destroy()`). */
  signal: AbortSignal;
  shadowMode?: ShadowRootMode;
  sourceUrl: (factId: string) => string;
  onOpenSource?: (factId: string) => void;
  /** The × button. */
  onClose: () => void;
  onTurnOffSite: () => void;
  onHideEntity: (entityId: EntityId) => void;
}

/** The rendered card: its host, what it shows, and focus in and out of it. */
export interface CardView {
  /** Renders the card (creating the host on first use); false if the page prevents the host. */
  show(content: CardContent, dir: 'ltr' | 'rtl'): boolean;
  /** Empties and hides the card; gives focus back if the card had it. */
  hide(): void;
  /** Focuses the dialog, remembering what had focus to give it back on `hide()`. */
  focus(): void;
  hasFocus(): boolean;
  /** Whether an event target (retargeted at the document) is the card. */
  isCard(target: EventTarget | null): boolean;
  /** The positioned element, once created. */
  readonly frame: HTMLElement | undefined;
  readonly root: ShadowRoot | undefined;
  destroy(): void;
}

/** Creates the view; the host element is only created by the first `show()`. */
export function createCardView(options: CardViewOptions): CardView {
  const { doc, signal } = options;
  let host: CardHost | undefined;
  let restoreFocus: HTMLElement | undefined;

  const hasFocus = () =>
    host !== undefined && (doc.activeElement === host.host || host.root.activeElement !== null);

  function ensureHost(): CardHost | undefined {
    if (!host) {
      host = createCardHost(doc, cardCss, options.shadowMode);
      // Focus that enters the card by Tab goes back where it came from when the card closes.
      host?.root.addEventListener(
        'focusin',
        (event) => {
          const from = (event as FocusEvent).relatedTarget as HTMLElement | null;
          if (!restoreFocus && from && from !== host?.host && typeof from.focus === 'function')
            restoreFocus = from;
        },
        { signal },
      );
    }
    host?.attach();
    return host;
  }

  return {
    show(content, dir) {
      const card = signal.aborted ? undefined : ensureHost();
      if (!card) return false;
      const { sourceUrl, onClose, onTurnOffSite, onHideEntity, onOpenSource } = options;
      const props = { content, dir, sourceUrl, onClose, onTurnOffSite, onHideEntity };
      render(h(HoverCard, onOpenSource ? { ...props, onOpenSource } : props), card.frame);
      card.frame.hidden = false;
      return true;
    },
    hide() {
      if (!host) return;
      const hadFocus = hasFocus();
      render(null, host.frame);
      host.frame.hidden = true;
      if (hadFocus && restoreFocus?.isConnected) restoreFocus.focus({ preventScroll: true });
      restoreFocus = undefined;
    },
    focus() {
      const focused = doc.activeElement as HTMLElement | null;
      if (!hasFocus() && focused && typeof focused.focus === 'function') restoreFocus = focused;
      host?.root.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
    },
    hasFocus,
    // Browsers retarget events from a closed root to its host; happy-dom does not.
    isCard: (target) =>
      host !== undefined &&
      (target === host.host || (target as Node | null)?.getRootNode?.() === host.root),
    get frame() {
      return host?.frame;
    },
    get root() {
      return host?.root;
    },
    destroy() {
      if (host) render(null, host.frame);
      host?.remove();
      host = undefined;
    },
  };
}
