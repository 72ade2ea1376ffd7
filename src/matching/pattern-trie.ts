import type { Alternative } from './alias-pattern';

/**
 * Hundreds of aliases as a flat alternation make the RegExp engine try, at every letter that
 * starts one, each alias that starts with it; sharing prefixes ("Alma(?:ty|ti|-Ata)…") lets a
 * failed letter rule out a whole branch at once, and keeps the pattern short to compile.
 */

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Indices of the alternatives that end at this node. */
  ends: number[];
}

const node = (): TrieNode => ({ children: new Map(), ends: [] });

function build(alternatives: readonly Alternative[]): TrieNode {
  const root = node();
  alternatives.forEach(({ tokens }, index) => {
    let at = root;
    for (const token of tokens) {
      let next = at.children.get(token);
      if (!next) at.children.set(token, (next = node()));
      at = next;
    }
    at.ends.push(index);
  });
  return root;
}

/**
 * The tree as a pattern source. With `leaves`, every node where alternatives end gets an
 * empty capture group, and `leaves[k]` lists the alternatives that capture k + 1 stands for:
 * those ending there, and those ending on the way to it (a shorter alias may still be the
 * one that matches in full).
 */
function emit(at: TrieNode, leaves?: number[][], above: number[] = []): string {
  const here = [...above, ...at.ends];
  // Longer aliases first: a branch that continues is tried before one that ends here.
  const parts = [...at.children].map(([token, child]) => token + emit(child, leaves, here));
  if (at.ends.length > 0 && leaves) {
    leaves.push(here);
    parts.push('()');
  }
  if (parts.length === 0) return '';
  const ends = at.ends.length > 0 && !leaves;
  const group = parts.length === 1 && !ends ? (parts[0] ?? '') : `(?:${parts.join('|')})`;
  // Without captures, an alias that ends here makes what follows optional.
  return ends ? `${group}?` : group;
}

/**
 * One pattern source matching exactly the given alternatives: one prefix tree per tail (the
 * optional endings) and end rule, each followed by a single copy of them. Endings are shared
 * by a group's spellings and end rules hold Unicode property classes, both costly to repeat.
 * A failing end rule backtracks into its tree, to a shorter ending or a shorter alias. Trees
 * with the longest aliases come first.
 */
export function trieSource(alternatives: readonly Alternative[]): string {
  const byTail = new Map<string, Alternative[]>();
  for (const alternative of alternatives) {
    const key = `${alternative.tail}\u0000${alternative.end}`;
    byTail.set(key, [...(byTail.get(key) ?? []), alternative]);
  }
  const longest = (list: Alternative[]) => Math.max(...list.map((a) => a.tokens.length));
  return [...byTail.values()]
    .sort((a, b) => longest(b) - longest(a))
    .map((list) => {
      const { tail, end } = list[0] ?? { tail: '', end: '' };
      return `(?:${emit(build(list))})${tail}${end}`;
    })
    .join('|');
}

/**
 * A prefix tree of token sequences (tails and end rules ignored) that tells which sequence
 * matched: capture k + 1 is set where the sequences `leaves[k]` (indices) end.
 */
export function capturingTrie(alternatives: readonly Alternative[]): {
  source: string;
  leaves: number[][];
} {
  const leaves: number[][] = [];
  const source = emit(build(alternatives), leaves);
  return { source, leaves };
}
