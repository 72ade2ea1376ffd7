/** Time from the pointer leaving both the mention and the card to the card closing, in ms. */
export const CLOSE_DELAY_MS = 300;

/** What {@link HoverIntent} needs; `T` identifies a mention. */
export interface HoverIntentOptions<T> {
  /** Timers of the page's window (so fake timers in tests drive them). */
  timers: Pick<Window, 'setTimeout' | 'clearTimeout'>;
  /** Hover time before opening, read at each hover (the reader may change it meanwhile). */
  openDelay: () => number;
  /** Whether a card opens only while the modifier (Alt) is held. */
  needsModifier: () => boolean;
  same: (a: T, b: T) => boolean;
  onOpen: (target: T) => void;
  onClose: () => void;
  closeDelay?: number;
}

/**
 * When to open and close the card, after Wikipedia's Page Previews: open once the pointer has
 * rested on the same mention for the delay; keep it while the pointer is on the mention or the
 * card; close a moment after it has left both, so the reader can cross the gap into the card.
 * Only timing lives here; the controller says what the pointer is over.
 */
export class HoverIntent<T> {
  private hovered: T | undefined;
  private shown: T | undefined;
  /** The mention the reader dismissed (Esc, ×): not reopened until the pointer leaves it. */
  private dismissed: T | undefined;
  private overCard = false;
  private modifier = false;
  /**
   * Whether leaving closes the card: true once the pointer has been on the shown mention or
   * on the card. A card opened from the keyboard is not closed by a pointer resting elsewhere.
   */
  private engaged = false;
  private openTimer: number | undefined;
  private openFor: T | undefined;
  private closeTimer: number | undefined;

  constructor(private readonly options: HoverIntentOptions<T>) {}

  /** The pointer is over `target` (a mention) or none, over the card or not. */
  pointer(target: T | undefined, overCard: boolean, modifier: boolean): void {
    if (!this.matches(target, this.hovered)) this.dismissed = undefined;
    this.hovered = target;
    this.overCard = overCard;
    this.modifier = modifier;
    this.sync();
  }

  /** The modifier key went down or up (the pointer may rest meanwhile). */
  setModifier(down: boolean): void {
    this.modifier = down;
    this.sync();
  }

  /** The card now shows `target`; `byPointer` when hover opened it. */
  opened(target: T, byPointer: boolean): void {
    this.shown = target;
    this.engaged = byPointer;
    this.dismissed = undefined;
    this.sync();
  }

  /** The card closed; `dismissed` when the reader closed it (no reopening under the pointer). */
  closed(dismissed: boolean): void {
    this.shown = undefined;
    this.engaged = false;
    if (dismissed) this.dismissed = this.hovered;
    this.sync();
  }

  /** The hovered mention is no longer there (its text changed): wait for the next pointer. */
  forget(): void {
    this.hovered = undefined;
    this.sync();
  }

  /** The reader pressed Esc with no card open: cancel a pending open. */
  dismiss(): void {
    this.dismissed = this.hovered;
    this.sync();
  }

  dispose(): void {
    this.clearOpen();
    this.clearClose();
  }

  private matches(a: T | undefined, b: T | undefined): boolean {
    return a !== undefined && b !== undefined && this.options.same(a, b);
  }

  private sync(): void {
    const { hovered, shown } = this;
    const onShown = this.matches(hovered, shown);
    const wantOpen =
      hovered !== undefined &&
      !onShown &&
      !this.matches(hovered, this.dismissed) &&
      (this.modifier || !this.options.needsModifier());
    if (!wantOpen) this.clearOpen();
    else if (this.openTimer === undefined || !this.matches(hovered, this.openFor)) {
      this.clearOpen();
      this.openFor = hovered;
      this.openTimer = this.options.timers.setTimeout(() => {
        this.openTimer = undefined;
        if (hovered !== undefined) this.options.onOpen(hovered);
      }, this.options.openDelay());
    }

    if (onShown || (shown !== undefined && this.overCard)) this.engaged = true;
    const wantClose = shown !== undefined && this.engaged && !this.overCard && !onShown;
    if (!wantClose) this.clearClose();
    else if (this.closeTimer === undefined) {
      this.closeTimer = this.options.timers.setTimeout(() => {
        this.closeTimer = undefined;
        this.options.onClose();
      }, this.options.closeDelay ?? CLOSE_DELAY_MS);
    }
  }

  private clearOpen(): void {
    if (this.openTimer !== undefined) this.options.timers.clearTimeout(this.openTimer);
    this.openTimer = undefined;
    this.openFor = undefined;
  }

  private clearClose(): void {
    if (this.closeTimer !== undefined) this.options.timers.clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }
}
