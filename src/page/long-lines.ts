import {
  hasLongRun,
  lineBreakingOf,
  lineStarts,
  LONG_LINE,
  offsetsInView,
  paintWindow,
  type MentionSpan,
  type ViewBox,
} from './line-window';
import { keepListening } from './root-element-watch';
import type { PlacedMention } from './text-search';

/** A long line's layout, measured once per search, relative to its element's unscrolled box. */
interface Measured {
  dx: number;
  dy: number;
  charWidth: number;
  lineHeight: number;
  starts: number[];
  /** The characters last found in view (kept while the line is out of view). */
  seen: { from: number; to: number };
}

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
  private readonly lines = new Map<Text, Measured>();
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
    this.lines.delete(node);
    if (!element || !win) return null;
    const { wraps, keepsBreaks } = lineBreakingOf(win.getComputedStyle(element));
    const text = node.data;
    if (wraps || !hasLongRun(text, keepsBreaks)) return null;
    this.lines.set(node, this.measure(node, element, lineStarts(text, keepsBreaks)));
    this.listen(win);
    return this.repaintable(node, mentions);
  }

  /** The span to paint of a node known as a long line (null: it is not one). */
  repaintable(node: Text, mentions: readonly PlacedMention[]): MentionSpan | null {
    const line = this.lines.get(node); // every node of an ordinary page stops here
    const element = contextOf(node);
    const win = this.doc.defaultView;
    if (!line || !element || !win) return null;
    const box = element.getBoundingClientRect();
    const layout = {
      left: box.left + line.dx - element.scrollLeft,
      top: box.top + line.dy - element.scrollTop,
      charWidth: line.charWidth,
      lineHeight: line.lineHeight,
      starts: line.starts,
      length: node.length,
    };
    line.seen = offsetsInView(layout, this.view(element, win)) ?? line.seen;
    const starts = mentions.map((mention) => mention.start);
    return paintWindow(starts, line.seen.from, line.seen.to);
  }

  forget(node: Text): void {
    this.lines.delete(node);
  }

  clear(): void {
    this.lines.clear();
  }

  /** The layout of the node's text: one Range box over it all (~2 ms on a 1 MB line). */
  private measure(node: Text, element: Element, starts: number[]): Measured {
    const range = this.doc.createRange();
    range.selectNodeContents(node);
    const text = range.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    let longest = 0;
    starts.forEach((start, i) => {
      longest = Math.max(longest, (starts[i + 1] ?? node.length + 1) - 1 - start);
    });
    return {
      dx: text.left - box.left + element.scrollLeft,
      dy: text.top - box.top + element.scrollTop,
      charWidth: text.width / Math.max(longest, 1),
      lineHeight: text.height / starts.length,
      starts,
      seen: { from: 0, to: 0 },
    };
  }

  /**
   * What of the page the reader sees around the element: the viewport, clipped by the element
   * and its ancestors where they clip their overflow (a block's own box does not cover the text
   * overflowing it, which is every character of the line past the first screen).
   */
  private view(element: Element, win: Window): ViewBox {
    const view = { left: 0, top: 0, right: win.innerWidth, bottom: win.innerHeight };
    for (let up: Element | null = element; up && up !== this.doc.body; up = up.parentElement) {
      const overflows = up.scrollWidth > up.clientWidth || up.scrollHeight > up.clientHeight;
      if (!overflows || win.getComputedStyle(up).overflow === 'visible') continue;
      const box = up.getBoundingClientRect();
      view.left = Math.max(view.left, box.left);
      view.top = Math.max(view.top, box.top);
      view.right = Math.min(view.right, box.right);
      view.bottom = Math.min(view.bottom, box.bottom);
    }
    return view;
  }

  /** Follows scrolling and resizing from the first long line on, until the signal aborts. */
  private listen(win: Window): void {
    if (this.listening || this.signal.aborted) return;
    this.listening = true;
    const onChange = () => {
      if (this.frame !== 0 || this.lines.size === 0) return;
      this.frame = win.requestAnimationFrame(() => {
        this.frame = 0;
        for (const node of [...this.lines.keys()]) this.onMove(node);
      });
    };
    // Added again after `document.open()`, which erases them (a rewritten page can hold long
    // lines too).
    keepListening(this.doc, this.signal, (signal) => {
      const options = { capture: true, passive: true, signal };
      this.doc.addEventListener('scroll', onChange, options);
      win.addEventListener('resize', onChange, options);
    });
    this.signal.addEventListener('abort', () => win.cancelAnimationFrame(this.frame), {
      once: true,
    });
  }
}
