// The index's record of split names: which nodes hold part of a mention, which entries stand
// no longer once a piece left the page, and who owns a piece that changed hands.
import { describe, expect, it } from 'vitest';
import type { PlacedMention } from '@/src/page/text-search';
import { MentionIndex } from '@/src/page/mention-index';

/** Stand-ins for text nodes: the index reads only `isConnected`. */
const node = (isConnected = true) => ({ isConnected }) as unknown as Text;
const entryOf = (...mentions: PlacedMention[]) => ({
  mentions,
  ranges: mentions.map(() => undefined),
});
const almaty = (rest?: Text[]): PlacedMention => ({
  start: 0,
  end: 6,
  entityId: 'almaty',
  ...(rest ? { rest } : {}),
});

describe('split mentions in the index', () => {
  it('holds the first node and the later pieces of its mentions, and no other node', () => {
    const index = new MentionIndex();
    const first = node();
    const piece = node();
    index.set(first, entryOf(almaty([piece])));
    expect(index.holds(first)).toBe(true);
    expect(index.holds(piece)).toBe(true);
    expect(index.holds(node())).toBe(false);
  });

  it('calls an entry stale when one of its mentions lost a piece, though others did not', () => {
    const index = new MentionIndex();
    const first = node();
    const lost = node(false);
    index.set(first, entryOf(almaty([node()]), almaty([lost])));
    expect(index.stale()).toEqual([first]);
  });

  it('keeps the owner a piece moved to when the entry that first claimed it goes', () => {
    const index = new MentionIndex();
    const [a, b, piece] = [node(), node(), node()];
    index.set(a, entryOf(almaty([piece])));
    index.set(b, entryOf(almaty([piece])));
    expect(index.ownerOf(piece)).toBe(b);
    index.delete(a);
    expect(index.ownerOf(piece)).toBe(b);
    expect(index.holds(piece)).toBe(true);
    index.delete(b);
    expect(index.ownerOf(piece)).toBeUndefined();
  });
});
