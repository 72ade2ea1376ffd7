import { h, render } from 'preact';
import type { EntityId } from '../dossier/types';
import type { CardContent } from './card-content';
import { cardContainer } from './card-container';
import { cardWords } from './card-messages';
import { createCardHost, type CardHost } from './card-host';
import { HoverCard, type HoverCardProps } from './HoverCard';
import cardCss from './hover-card.css?inline';
import { trusted } from './trusted-input';
import { watchVisibility, type VisibilityGuard } from './visibility-guard';

/** What the view does on the card's controls, and where it lives. */
export interface CardViewOptions {
  doc: Document;
  /** Removes the view's listeners when aborted (the host goes with `destroy()`). */
  signal: AbortSignal;
  shadowMode?: ShadowRootMode;
  /** The source link: opens the source page at a fact (in a background tab if asked). */
  onOpenSource: (factId: string, background: boolean) => void;
  /** The × button. */
  onClose: () => void;
  /** The browser closed the card itself: Esc, a click elsewhere, a page dialog opening. */
  onDismissed: () => void;
  /** Called only for a trusted click while the card is plainly visible (see `visibility`). */
  onTurnOffSite: () => void;
  onHideEntity: (entityId: EntityId) => void;
  /** Watches the card for visibility; tests pass a stub (happy-dom has no layout). */
  visibility?: (frame: Element) => VisibilityGuard;
}

/** The rendered card: its host, what it shows, and focus in and out of it. */
export interface CardView {
  /**
   * Renders the card next to the mention in `node` (creating the host when the card opens);
   * false if the page prevents the host.
   */
  show(content: CardContent, dir: 'ltr' | 'rtl', node: Node): boolean;
  /** Empties the card and takes its host out of the page; gives focus back if it had it. */
  hide(): void;
  /** Focuses the dialog, remembering what had focus to give it back on `hide()`. */
  focus(): void;
  hasFocus(): boolean;
  /** Whether an event happened on the card (its target path runs through our host). */
  isCard(event: Event): boolean;
  /** The card moved to follow its mention. */
  moved(): void;
  /** The positioned element, while open. */
  readonly frame: HTMLElement | undefined;
  readonly root: ShadowRoot | undefined;
  destroy(): void;
}

/** Focus events, stopped on their way to the page when they are about our host. */
const FOCUS_EVENTS = ['focus', 'blur', 'focusin', 'focusout'] as const;

/** Creates the view; a host exists only while a card is open. */
export function createCardView(options: CardViewOptions): CardView {
  const { doc, signal } = options;
  const win = doc.defaultView as Window & typeof globalThis;
  let host: CardHost | undefined;
  let guard: VisibilityGuard | undefined;
  let restoreFocus: HTMLElement | undefined;
  let focusAtToggle = false;
  /** What is drawn; `refused`: a settings click did not count (see visibility-guard.ts). */
  let last: { content: CardContent; dir: 'ltr' | 'rtl'; refused?: boolean } | undefined;

  const hasFocus = () =>
    host !== undefined && (doc.activeElement === host.host || host.root.activeElement !== null);

  // A page's focus trap ("focus left my dialog: pull it back") would take focus out of a card
  // opened from the keyboard. Focus events about our host are the card's business only: they
  // are noted here and stopped before the page's document-level listeners see them.
  const shield = (event: FocusEvent) => {
    if (!host || event.target !== host.host) return;
    const from = event.relatedTarget as HTMLElement | null;
    if (event.type === 'focusin' && !restoreFocus && from && typeof from.focus === 'function') {
      restoreFocus = from;
    }
    event.stopImmediatePropagation();
  };
  for (const type of FOCUS_EVENTS) {
    win.addEventListener(type, trusted(shield), { capture: true, signal });
  }

  /** A settings action runs only if the card is plainly visible; else the card says why not. */
  const checked =
    <A extends unknown[]>(action: (...args: A) => void) =>
    (...args: A) => {
      if (guard?.permits()) action(...args);
      else if (last) draw({ ...last, refused: true });
    };
  const onTurnOffSite = checked(() => options.onTurnOffSite());
  const onHideEntity = checked((id: EntityId) => options.onHideEntity(id));

  function draw(state: NonNullable<typeof last>): void {
    if (!host) return;
    last = state;
    const { content, dir, refused } = state;
    const props: HoverCardProps = {
      content,
      dir,
      notice: refused ? cardWords(content.language).t('card.refused') : undefined,
      onClose: options.onClose,
      onOpenSource: options.onOpenSource,
      onTurnOffSite,
      onHideEntity,
    };
    render(h(HoverCard, props), host.frame);
  }

  function create(): CardHost | undefined {
    const card = createCardHost(doc, cardCss, options.shadowMode);
    if (!card) return undefined;
    // The browser closes a hint popover on its own (Esc, light dismiss, a page dialog).
    card.frame.addEventListener('beforetoggle', () => (focusAtToggle = hasFocus()), { signal });
    card.frame.addEventListener(
      'toggle',
      (event) => {
        if ((event as ToggleEvent).newState === 'closed' && host === card) options.onDismissed();
      },
      { signal },
    );
    guard = (options.visibility ?? watchVisibility)(card.frame);
    return card;
  }

  function hide(): void {
    if (!host) return;
    const hadFocus = hasFocus() || focusAtToggle;
    const card = host;
    host = undefined;
    render(null, card.frame);
    card.remove();
    guard?.disconnect();
    guard = undefined;
    last = undefined;
    focusAtToggle = false;
    if (hadFocus && restoreFocus?.isConnected) restoreFocus.focus({ preventScroll: true });
    restoreFocus = undefined;
  }

  return {
    show(content, dir, node) {
      if (signal.aborted) return false;
      const opening = !host;
      host ??= create();
      if (!host) return false;
      draw({ content, dir, refused: !opening && last?.refused === true });
      host.attach(host.inTopLayer ? cardContainer(node, doc) : undefined);
      return true;
    },
    hide,
    focus() {
      const focused = doc.activeElement as HTMLElement | null;
      if (!hasFocus() && focused && typeof focused.focus === 'function') restoreFocus = focused;
      host?.root.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
    },
    hasFocus,
    isCard: (event) => {
      if (!host) return false;
      // Retargeted to the host outside a closed root; happy-dom does not retarget.
      const target = event.target as Node | null;
      if (target === host.host || target?.getRootNode?.() === host.root) return true;
      return event.composedPath().includes(host.host);
    },
    moved: () => guard?.moved(),
    get frame() {
      return host?.frame;
    },
    get root() {
      return host?.root;
    },
    destroy: () => hide(),
  };
}
