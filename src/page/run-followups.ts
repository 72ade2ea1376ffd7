import { adjacentText, INLINE_ELEMENTS } from './inline-run';
import type { MentionIndex } from './mention-index';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_TEXT = 0x4;

/**
 * Text nodes to search again, besides a changed node itself, because a name split across
 * inline elements may join or leave it: the text just before it (a name may run on into the
 * change, or be cut by a `<br>` put in its way), the node a split mention through a changed
 * text starts in, and the last text of a changed inline element (a name may run out of it).
 */
export function textsAround(target: Node, index: MentionIndex): Text[] {
  const texts: Text[] = [];
  const before = adjacentText(target, -1);
  if (before) texts.push(before);
  if (target.nodeType === TEXT_NODE) {
    const owner = index.ownerOf(target as Text);
    if (owner && owner !== before) texts.push(owner);
  } else if (
    target.nodeType === ELEMENT_NODE &&
    INLINE_ELEMENTS.has((target as Element).localName)
  ) {
    const doc = target.ownerDocument ?? (target as Document);
    // Elements are skipped, not rejected, by the filter: lastChild() finds the last text inside.
    const last = doc.createTreeWalker(target, SHOW_TEXT).lastChild();
    if (last) texts.push(last as Text);
  }
  return texts;
}
