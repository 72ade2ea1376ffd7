import { ElementWalker } from './element-walker';
import { INLINE_ELEMENTS } from './inline-run';

const TEXT_NODE = 3;
/**
 * A text node longer than this, first in an element without element children, is read on its
 * own: alone, its text is handed over without a copy; joined with others, 10 MB take ~125 ms
 * to copy.
 */
const HUGE_TEXT = 65_536;

/** Whether a chunk cut at (`element`, 0) could cut an inline run in two. */
const endsInRun = (element: Element | null) =>
  element !== null && INLINE_ELEMENTS.has(element.localName);

/**
 * Told of each open shadow root the walk passes, with its host; and of each custom element
 * without one yet (`shadowRoot` null), which may attach one later without a mutation record.
 */
export type ShadowRootSink = (shadowRoot: ShadowRoot | null, host: Element) => void;

/** A point in the DOM, as a Range boundary: (container, offset). */
export type Point = readonly [Node, number];

/** A stretch of a root's text, read in one native call, and where it starts. */
export interface Chunk {
  /** The text of every Text node in the stretch, joined (`Range.toString()`). */
  readonly text: string;
  /** Where the stretch starts: its first text node is the first one at or after this point. */
  readonly start: Point;
}

/**
 * Cuts the text under `root` into chunks of about `size` elements each, walking the elements
 * forward or backward from a start element, and reports each open shadow root it passes.
 *
 * Reading the text this way is the cheap part of a scan: one native `Range.toString()` per
 * chunk instead of a JS string per text node. Chunks are cut at element boundaries given as
 * (element, 0), never as (parent, index), whose cost grows with the index; and they are small
 * enough that joining them stays cheap (one `textContent` of a whole page copies and converts
 * far more).
 */
export class ChunkCursor {
  private readonly walker: ElementWalker;
  /** Where the next chunk starts (forward) or ends (backward): a live boundary. */
  private readonly edge: Range;
  private readonly range: Range;
  private done = false;
  /** A huge text node met by the last chunk: the next chunk is its text alone. */
  private huge: Text | null = null;

  constructor(
    private readonly root: Node,
    private readonly onShadowRoot: ShadowRootSink,
    private readonly backward = false,
    start: Element | null = null,
    private readonly size = 500,
  ) {
    this.walker = new ElementWalker(root, backward, start);
    const doc = root.ownerDocument ?? (root as Document);
    this.edge = doc.createRange();
    this.range = doc.createRange();
    if (start) this.edge.setStart(start, 0);
    else if (backward) this.edge.setStart(root, root.childNodes.length);
    else this.edge.setStart(root, 0);
  }

  /** The next chunk of text, or null once the whole root has been read. */
  next(): Chunk | null {
    const huge = this.huge;
    if (huge) {
      this.huge = null;
      return { text: huge.data, start: [huge.parentNode ?? this.root, 0] };
    }
    if (this.done) return null;
    let last: Element | null = null;
    let exhausted = false;
    // A chunk is not cut at an inline element (unless it runs on for twice its size, or meets
    // a huge text): a name split across inline elements (`Kazakh<b>stan</b>`) stays in one
    // chunk, where the prefilter sees it whole.
    for (let n = 0; n < this.size || (n < 2 * this.size && endsInRun(last)); n += 1) {
      const element = this.walker.next();
      if (!element) {
        exhausted = true;
        break;
      }
      const shadowRoot = element.shadowRoot;
      // A custom element may attach its root later (defined later, or when it renders).
      if (shadowRoot || element.localName.includes('-')) this.onShadowRoot(shadowRoot, element);
      // Only an element without element children is looked into (its text is handed over
      // without a copy): reading every element's first child would make a JS object for
      // each text node, a fifth more on a page that names nobody (README, "How highlighting works").
      if (element.childElementCount === 0 && (element.textContent?.length ?? 0) > HUGE_TEXT) {
        const first = element.firstChild;
        if (first?.nodeType === TEXT_NODE && (first as Text).length > HUGE_TEXT) {
          return this.cutBefore(element, first as Text);
        }
      }
      last = element;
    }
    const range = this.range;
    const edge = this.edge;
    // Forward, a chunk runs from the edge to the last element walked (its contents excluded,
    // they come next); backward, from the last element walked (contents included) to the edge.
    // The walk's end after an inline element ends the chunk at the root's end (or start).
    const cut = exhausted && endsInRun(last) ? null : last;
    if (!cut) this.done = true;
    if (this.backward) {
      range.setEnd(edge.startContainer, edge.startOffset);
      if (cut) range.setStart(cut, 0);
      else range.setStart(this.root, 0);
    } else {
      range.setStart(edge.startContainer, edge.startOffset);
      if (cut) range.setEnd(cut, 0);
      else range.setEnd(this.root, this.root.childNodes.length);
    }
    if (cut) edge.setStart(cut, 0);
    this.walker.pause();
    return { text: range.toString(), start: [range.startContainer, range.startOffset] };
  }

  /**
   * Ends the chunk where `element`'s huge first text begins (forward) or ends (backward), and
   * leaves that text for the next chunk; the edge moves past it.
   */
  private cutBefore(element: Element, text: Text): Chunk {
    const range = this.range;
    const edge = this.edge;
    if (this.backward) {
      range.setEnd(edge.startContainer, edge.startOffset);
      range.setStart(text, text.length);
      edge.setStart(element, 0);
    } else {
      range.setStart(edge.startContainer, edge.startOffset);
      range.setEnd(element, 0);
      edge.setStart(text, text.length);
    }
    this.huge = text;
    this.walker.pause();
    return { text: range.toString(), start: [range.startContainer, range.startOffset] };
  }
}
