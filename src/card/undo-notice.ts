import { h, render } from 'preact';
import type { UiLanguage } from '../i18n/languages';
import { createCardHost, type CardHost } from './card-host';
import { cardWords } from './card-messages';
import cardCss from './hover-card.css?inline';
import { trusted } from './trusted-input';
import { UndoToast, type UndoToastProps } from './UndoToast';
import { watchVisibility, type VisibilityGuard } from './visibility-guard';

/** How long the notice stays, in ms, while the reader is neither pointing at it nor in it. */
export const UNDO_NOTICE_MS = 8_000;
/** How long "Undone" stays before the notice goes, in ms. */
export const UNDONE_MS = 2_500;
/** Delay before the words go into the live region, so that it is announced (UndoToast). */
const ANNOUNCE_DELAY_MS = 100;

/** What the notice is given; everything that touches the page is passed in. */
export interface UndoNoticeOptions {
  doc: Document;
  /** Removes the notice and its listeners when aborted. */
  signal: AbortSignal;
  shadowMode?: ShadowRootMode;
  /** Watches the notice for visibility before Undo counts; tests pass a stub. */
  visibility?: (frame: Element) => VisibilityGuard;
  durationMs?: number;
  /** The reader's language now (read at each drawing: a change shows at the next). */
  language?: () => UiLanguage;
}

/** Where and how to offer an Undo. */
export interface UndoOffer {
  /** What changed, in a language: "Highlighting is off on example.com." */
  message: (language: UiLanguage) => string;
  /** Reverses the change; resolves false where it could not. */
  undo: () => Promise<boolean>;
  /** Top-left corner in viewport px: where the card was. */
  at?: { left: number; top: number };
  /** Focus the Undo button (the reader was in the card with the keyboard). */
  focus?: boolean;
  /** False for a notice with nothing to undo (a change that was not saved). Default true. */
  canUndo?: boolean;
}

/** The Undo notice of the card's settings buttons. */
export interface UndoNotice {
  /** Shows the notice (replacing one still shown). */
  offer(offer: UndoOffer): void;
  dismiss(): void;
  /** Draws the notice again in the reader's language, if it is shown. */
  refresh(): void;
  readonly isOpen: boolean;
  /** Its closed shadow root while shown, for the debug handle and e2e tests. */
  readonly root: ShadowRoot | undefined;
}

/**
 * Creates the Undo notice: a second host like the card's (a `<div>` with a closed shadow root,
 * in the page only while shown), its frame a manual popover in the top layer. Undo is a
 * settings change made by a click in the page, so it counts only once the notice has been in
 * plain view for a moment, exactly like the card's own settings buttons (visibility-guard.ts).
 */
export function createUndoNotice(options: UndoNoticeOptions): UndoNotice {
  const { doc, signal } = options;
  const win = doc.defaultView as Window & typeof globalThis;
  const duration = options.durationMs ?? UNDO_NOTICE_MS;
  let host: CardHost | undefined;
  let guard: VisibilityGuard | undefined;
  let timer: number | undefined;
  let returnFocus: HTMLElement | undefined;
  const language = options.language ?? (() => 'en');
  /** What the notice says: nothing yet (see `offer`), the change, or how Undo went. */
  type Saying = 'nothing' | 'change' | 'refused' | 'undone' | 'failed';
  let state: { say: Saying; canUndo: boolean; offer: UndoOffer } | undefined;

  const hasFocus = () => host !== undefined && host.root.activeElement !== null;
  const later = (ms: number) => {
    win.clearTimeout(timer);
    timer = win.setTimeout(dismiss, ms);
  };
  const hold = () => win.clearTimeout(timer);

  function draw(next: NonNullable<typeof state>): void {
    state = next;
    if (!host) return;
    const lang = language();
    const words = cardWords(lang);
    const messages: Record<Saying, string> = {
      nothing: '',
      change: next.offer.message(lang),
      refused: words.t('card.undoRefused'),
      undone: words.t('card.undone'),
      failed: words.t('card.undoFailed'),
    };
    const props: UndoToastProps = {
      message: messages[next.say],
      language: lang,
      canUndo: next.canUndo,
      onUndo: () => void undo(),
      onDismiss: dismiss,
    };
    render(h(UndoToast, props), host.frame);
  }

  async function undo(): Promise<void> {
    if (!state?.canUndo) return;
    const current = state;
    if (!guard?.permits()) {
      draw({ ...current, say: 'refused' });
      return;
    }
    draw({ ...current, canUndo: false });
    const done = await current.offer.undo().catch(() => false);
    if (state !== undefined && state.offer === current.offer) {
      draw({
        ...current,
        canUndo: false,
        say: done ? 'undone' : 'failed',
      });
      // Focus was on the button that just went: keep it in the notice until it goes.
      if (hasFocus() || doc.activeElement === host?.host) focusIn('.close');
      later(UNDONE_MS);
    }
  }

  function focusIn(selector: string): void {
    host?.root.querySelector<HTMLElement>(selector)?.focus({ preventScroll: true });
  }

  function dismiss(): void {
    win.clearTimeout(timer);
    if (!host) return;
    const hadFocus = hasFocus();
    const gone = host;
    host = undefined;
    state = undefined;
    render(null, gone.frame);
    gone.remove();
    guard?.disconnect();
    guard = undefined;
    if (hadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = undefined;
  }

  function create(): CardHost | undefined {
    const made = createCardHost(doc, cardCss, options.shadowMode, 'manual');
    if (!made) return undefined;
    const { frame } = made;
    // The notice waits while the reader points at it or works in it (WCAG 2.2.1).
    frame.addEventListener('pointerenter', trusted(hold), { signal });
    frame.addEventListener(
      'pointerleave',
      trusted(() => !hasFocus() && later(duration)),
      {
        signal,
      },
    );
    frame.addEventListener('focusin', trusted(hold), { signal });
    frame.addEventListener(
      'focusout',
      trusted((event: FocusEvent) => {
        if (!frame.contains(event.relatedTarget as Node | null)) later(duration);
      }),
      { signal },
    );
    return made;
  }

  function place(frame: HTMLElement, at: UndoOffer['at']): void {
    const margin = 8;
    const left = Math.max(
      margin,
      Math.min(at?.left ?? margin, win.innerWidth - frame.offsetWidth - margin),
    );
    const top = Math.max(
      margin,
      Math.min(at?.top ?? margin, win.innerHeight - frame.offsetHeight - margin),
    );
    frame.style.left = `${Math.round(left)}px`;
    frame.style.top = `${Math.round(top)}px`;
  }

  signal.addEventListener('abort', dismiss, { once: true });

  return {
    offer(offer) {
      if (signal.aborted) return;
      dismiss();
      const focused = doc.activeElement as HTMLElement | null;
      host = create();
      if (!host) return;
      returnFocus = focused && typeof focused.focus === 'function' ? focused : undefined;
      const made = host;
      // Empty first: the status region is in the page before its words arrive.
      draw({ say: 'nothing', canUndo: offer.canUndo ?? true, offer });
      made.attach();
      place(made.frame, offer.at);
      guard = (options.visibility ?? watchVisibility)(made.frame);
      if (offer.focus) focusIn(offer.canUndo === false ? '.close' : '.undo');
      win.setTimeout(() => {
        if (host === made && state?.offer === offer && state.say === 'nothing') {
          draw({ ...state, say: 'change' });
        }
      }, ANNOUNCE_DELAY_MS);
      if (!offer.focus) later(duration);
    },
    dismiss,
    refresh: () => state && draw(state),
    get isOpen() {
      return host !== undefined;
    },
    get root() {
      return host?.root;
    },
  };
}
