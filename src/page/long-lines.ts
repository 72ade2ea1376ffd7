import { caretAt } from '../highlight/hit-test';
import { isLongLine, LONG_LINE, paintWindow, type MentionSpan } from './line-window';
import type { PlacedMention } from './text-search';

/** The characters of a text node found at the visible part's two corners. */
interface Seen {
  from: number;
  to: number;
}

/** How far (px) a caret may lie from the point asked about and still count as at it. */
const NEAR = 48;

/** The element whose style and box decide a text node's (its parent, or its shadow host). */
function contextOf(node: Text): Element | null {
  return node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host ?? null;
}

/**
 * Text nodes that lay out as one very long line (line-window.ts), and which of their mentions
 * to paint: those around the part of the line in view. When the reader scrolls (the document
 * or any element; seen in the capture phase, at most once per frame) or resizes the window,
 * `onMove` is told each such node, to repaint it. A node shorter than {@link LONG_LINE} costs
 * one comparison; only longer ones have their style read, once per search of the node.
 */
export class LongLines {
  private readonly seen = new Map<Text, Seen>();
  private listening = false;
  private frame = 0;

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
    private readonly onMove: (node: Text) => void,
  ) {}

  /**
   * Which of the node's mentions to paint: null for all (no long line), else the span around
   * what is in view now. Reads style only for a node of {@link LONG_LINE} characters or more.
   */
  paintable(node: Text, mentions: readonly PlacedMention[]): MentionSpan | null {
    if (node.length < LONG_LINE) return null;
    const element = contextOf(node);
    const win = this.doc.defaultView;
    if (!element || !win || !isLongLine(node.data, win.getComputedStyle(element))) {
      this.seen.delete(node);
      return null;
    }
    return this.spanOf(node, element, win, mentions);
  }

  /** The span to paint of a node already known as a long line (after a scroll). */
  repaintable(node: Text, mentions: readonly PlacedMention[]): MentionSpan | null {
    if (!this.seen.has(node)) return null; // every node of an ordinary page stops here
    const element = contextOf(node);
    const win = this.doc.defaultView;
    if (!element || !win) return null;
    return this.spanOf(node, element, win, mentions);
  }

  forget(node: Text): void {
    this.seen.delete(node);
  }

  clear(): void {
    this.seen.clear();
  }

  private spanOf(
    node: Text,
    element: Element,
    win: Window,
    mentions: readonly PlacedMention[],
  ): MentionSpan {
    const seen = this.look(node, element, win) ?? this.seen.get(node) ?? { from: 0, to: 0 };
    this.seen.set(node, seen);
    this.listen(win);
    const starts = mentions.map((mention) => mention.start);
    return paintWindow(starts, seen.from, seen.to);
  }

  /**
   * The node's characters at the top left and bottom right corners of its visible part;
   * undefined when none is in view (the line is off screen, or something else covers those
   * corners). The part is the element's rows in the viewport, across the width that its
   * clipping ancestors and the viewport leave: a block's own box does not cover the text that
   * overflows it, which is the line's every character past the first screen.
   */
  private look(node: Text, element: Element, win: Window): Seen | undefined {
    const rows = element.getBoundingClientRect();
    let left = 0;
    let right = win.innerWidth;
    let top = Math.max(rows.top, 0);
    let bottom = Math.min(rows.bottom, win.innerHeight);
    for (let up: Element | null = element; up && up !== this.doc.body; up = up.parentElement) {
      const overflows = up.scrollWidth > up.clientWidth || up.scrollHeight > up.clientHeight;
      if (!overflows || win.getComputedStyle(up).overflow === 'visible') continue;
      const box = up.getBoundingClientRect();
      left = Math.max(left, box.left);
      top = Math.max(top, box.top);
      right = Math.min(right, box.right);
      bottom = Math.min(bottom, box.bottom);
    }
    if (left >= right || top >= bottom) return undefined;
    const root = node.getRootNode();
    const roots = root.nodeType === 11 && 'host' in root ? [root as ShadowRoot] : [];
    const found: number[] = [];
    const middle = (top + bottom) / 2;
    for (const [x, y] of [
      [left + 1, top + 1],
      [(left + right) / 2, middle],
      [right - 1, bottom - 1],
    ] as const) {
      const offset = this.offsetAt(node, x, y, roots, right - left);
      if (offset !== undefined) found.push(offset);
    }
    if (found.length === 0) return undefined;
    return { from: Math.min(...found), to: Math.max(...found) };
  }

  /**
   * The node's character at (x, y), if the caret there is in view: past the end of a line, or
   * over a gap, the caret APIs answer with some far position instead. The caret may lie up to
   * `width` px to the side (on a line of 200,000 characters Chromium's caret for a point was
   * 120 px off its character's box), and {@link NEAR} px above or below.
   */
  private offsetAt(
    node: Text,
    x: number,
    y: number,
    roots: ShadowRoot[],
    width: number,
  ): number | undefined {
    const caret = caretAt(this.doc, x, y, roots);
    if (caret?.node !== node) return undefined;
    const range = this.doc.createRange();
    range.setStart(node, caret.offset);
    const box = range.getBoundingClientRect();
    const near =
      Math.abs(box.left - x) <= Math.max(width, NEAR) &&
      y >= box.top - NEAR &&
      y <= box.bottom + NEAR;
    return near ? caret.offset : undefined;
  }

  /** Follows scrolling and resizing from the first long line on, until the signal aborts. */
  private listen(win: Window): void {
    if (this.listening || this.signal.aborted) return;
    this.listening = true;
    const onChange = () => {
      if (this.frame !== 0 || this.seen.size === 0) return;
      this.frame = win.requestAnimationFrame(() => {
        this.frame = 0;
        for (const node of [...this.seen.keys()]) this.onMove(node);
      });
    };
    const options = { capture: true, passive: true, signal: this.signal };
    this.doc.addEventListener('scroll', onChange, options);
    win.addEventListener('resize', onChange, options);
    this.signal.addEventListener('abort', () => win.cancelAnimationFrame(this.frame), {
      once: true,
    });
  }
}
