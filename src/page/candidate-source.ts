import type { Prefilter, Span } from '../matching/prefilter';
import { mapSpans, textFrom, type Candidate } from './hit-map';
import { INLINE_ELEMENTS } from './inline-run';
import { ChunkCursor, type Chunk, type ShadowRootSink } from './text-chunks';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Characters of joined text the prefilter reads in one step (a few ms at most). */
export const PREFILTER_PIECE = 262_144;

/**
 * The scanner's work: text nodes where a mention may be. `next()` does one bounded piece of
 * work and returns a candidate, `undefined` when that piece found none yet (call again), or
 * null when the source is spent.
 */
export interface CandidateSource {
  next(): Candidate | null | undefined;
}

/**
 * The candidates under `root`, forward or backward from `start`: the text is read a chunk at
 * a time, the prefilter runs over it a piece at a time, and only a chunk with a hit has its
 * text nodes walked, up to its last hit. A chunk without one costs a native read and one
 * RegExp pass.
 */
class ChunkCandidates implements CandidateSource {
  private readonly cursor: ChunkCursor;
  private chunk: Chunk | null = null;
  private offset = 0;
  private spans: Span[] = [];
  private found: Candidate[] = [];
  private taken = 0;

  constructor(
    private readonly root: Node,
    private readonly prefilter: Prefilter,
    onShadowRoot: ShadowRootSink,
    backward = false,
    start: Element | null = null,
  ) {
    this.cursor = new ChunkCursor(root, onShadowRoot, backward, start);
  }

  next(): Candidate | null | undefined {
    if (this.taken < this.found.length) return this.found[this.taken++];
    const chunk = this.chunk ?? this.cursor.next();
    if (!chunk) return null;
    this.chunk = chunk;
    const text = chunk.text;
    const to = Math.min(text.length, this.offset + PREFILTER_PIECE);
    for (const span of this.prefilter.scan(text, this.offset, to)) this.spans.push(span);
    this.offset = to;
    if (to < text.length) return undefined;
    // The cursor marked its place when it read the chunk; candidates found in it are checked
    // by the scanner for still being on the page. The chunk is read: walk its text nodes only if something may be named in it.
    this.found =
      this.spans.length > 0 ? mapSpans(textFrom(this.root, chunk.start), this.spans) : [];
    this.taken = 0;
    this.chunk = null;
    this.offset = 0;
    this.spans = [];
    return undefined;
  }
}

/** A single text node: always a candidate (its own search starts with the same first pass). */
function oneText(node: Text): CandidateSource {
  let given: Text | null = node;
  return {
    next() {
      const text = given;
      given = null;
      return text ? { node: text, spans: null, length: text.length } : null;
    },
  };
}

/** Candidates under `root` (or `root` itself when it is text), in document order. */
export function candidatesUnder(
  root: Node,
  prefilter: Prefilter,
  onShadowRoot: ShadowRootSink,
): CandidateSource {
  if (root.nodeType === TEXT_NODE) return oneText(root as Text);
  return new ChunkCandidates(root, prefilter, onShadowRoot);
}

/**
 * Candidates under `root`, nearest to `anchor` first: chunks below the anchor and above it in
 * turn, so that what the reader sees is painted first.
 */
export function candidatesAround(
  root: Node,
  anchor: Node | null,
  prefilter: Prefilter,
  onShadowRoot: ShadowRootSink,
): CandidateSource {
  let element = anchor?.nodeType === ELEMENT_NODE ? (anchor as Element) : anchor?.parentElement;
  // The two sides meet at the anchor: at an inline element they would cut a split name in two.
  while (element && INLINE_ELEMENTS.has(element.localName) && element.parentElement) {
    element = element.parentElement;
  }
  if (!element || element === root || !root.contains(element)) {
    return candidatesUnder(root, prefilter, onShadowRoot);
  }
  const sides = [
    new ChunkCandidates(root, prefilter, onShadowRoot, false, element),
    new ChunkCandidates(root, prefilter, onShadowRoot, true, element),
  ];
  let turn = 0;
  return {
    next() {
      // Below the anchor first (what the reader sees), then each side in turn.
      while (sides.length > 0) {
        turn %= sides.length;
        const result = sides[turn]?.next();
        if (result === null) {
          sides.splice(turn, 1);
          continue;
        }
        turn += 1;
        return result;
      }
      return null;
    },
  };
}
