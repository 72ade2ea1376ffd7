import { describe, expect, it } from 'vitest';
import type { EntityId } from '@/src/dossier/types';
import type { Mention } from '@/src/matching/types';
import { MentionIndex } from '@/src/page/mention-index';

/** Stand-ins for text nodes: the index only uses them as keys. */
const node = (name: string) => ({ name }) as unknown as Text;
const entry = (...ids: EntityId[]) => {
  const mentions: Mention[] = ids.map((entityId, i) => ({
    start: i * 10,
    end: i * 10 + 5,
    entityId,
  }));
  return { mentions, ranges: mentions.map(() => undefined) };
};

describe('mention index', () => {
  it('counts per entity as entries are added', () => {
    const index = new MentionIndex();
    index.set(node('a'), entry('tokayev', 'almaty'));
    index.set(node('b'), entry('tokayev'));
    expect(index.counts()).toEqual({ kazakhstan: 0, tokayev: 2, almaty: 1 });
    expect(index.size).toBe(2);
  });

  it('replaces a node’s entry when set again, counting only the new mentions', () => {
    const index = new MentionIndex();
    const text = node('a');
    index.set(text, entry('tokayev', 'tokayev'));
    index.set(text, entry('kazakhstan'));
    expect(index.counts()).toEqual({ kazakhstan: 1, tokayev: 0, almaty: 0 });
    expect(index.size).toBe(1);
    expect(index.get(text)?.mentions.map((m) => m.entityId)).toEqual(['kazakhstan']);
  });

  it('returns the removed entry and uncounts it; a second delete finds nothing', () => {
    const index = new MentionIndex();
    const text = node('a');
    const stored = entry('almaty');
    index.set(text, stored);
    index.set(node('b'), entry('almaty'));
    expect(index.delete(text)).toBe(stored);
    expect(index.delete(text)).toBeUndefined();
    expect(index.counts()).toEqual({ kazakhstan: 0, tokayev: 0, almaty: 1 });
    expect(index.get(text)).toBeUndefined();
  });

  it('hands out a copy of its counts, not its own', () => {
    const index = new MentionIndex();
    index.set(node('a'), entry('tokayev'));
    const counts = index.counts();
    counts.tokayev = 99;
    expect(index.counts().tokayev).toBe(1);
  });

  it('lists its nodes and entries, and clears to zero', () => {
    const index = new MentionIndex();
    const [a, b] = [node('a'), node('b')];
    index.set(a, entry('kazakhstan'));
    index.set(b, entry('almaty', 'tokayev'));
    expect([...index.nodes()]).toEqual([a, b]);
    expect([...index.entriesIter()].map(([text, e]) => [text, e.mentions.length])).toEqual([
      [a, 1],
      [b, 2],
    ]);
    index.clear();
    expect(index.size).toBe(0);
    expect(index.counts()).toEqual({ kazakhstan: 0, tokayev: 0, almaty: 0 });
    index.set(a, entry('kazakhstan'));
    expect(index.counts()).toEqual({ kazakhstan: 1, tokayev: 0, almaty: 0 });
  });
});
