import type { MentionIndex } from '../page/mention-index';
import { caretInMention, mentionRange } from '../page/mention-range';
import type { PlacedMention } from '../page/text-search';

/** The mention under the pointer. */
export interface Hit {
  /** The node the mention starts in (where the index keeps it), whichever piece was hovered. */
  node: Text;
  mention: PlacedMention;
  /** Index of the mention in its node's entry (stable while the node is unchanged). */
  position: number;
  /** The line box of the mention under the pointer (a mention can wrap over lines). */
  rect: DOMRect;
}

/** The text node and offset under a point, by the standard API or Chromium's older one. */
export function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[] = [],
): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    // Without `shadowRoots`, a point inside an open shadow root resolves to its host
    // (https://drafts.csswg.org/cssom-view/#dom-document-caretpositionfrompoint).
    const withRoots = doc.caretPositionFromPoint as (
      x: number,
      y: number,
      options?: { shadowRoots: readonly ShadowRoot[] },
    ) => CaretPosition | null;
    const position = withRoots.call(doc, x, y, { shadowRoots });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/**
 * Finds the mention under (x, y) without asking the highlight registry (highlightsFromPoint
 * costs ~7 ms at 1,000 ranges): caret position -> mention index -> client rects. The rect test
 * matters because a caret position is returned even beside the text, past a line's end.
 */
export function hitTest(
  doc: Document,
  index: MentionIndex,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[] = [],
): Hit | undefined {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== 3) return undefined;
  const at = caret.node as Text;
  // The mentions starting in the node, then a split one running on into it from an earlier node.
  const owner = index.ownerOf(at);
  for (const node of owner ? [at, owner] : [at]) {
    const mentions = index.get(node)?.mentions ?? [];
    for (let position = 0; position < mentions.length; position += 1) {
      const mention = mentions[position];
      if (!mention || !caretInMention(node, mention, at, caret.offset)) continue;
      for (const rect of mentionRange(doc, node, mention).getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) {
          return { node, mention, position, rect };
        }
      }
    }
  }
  return undefined;
}
