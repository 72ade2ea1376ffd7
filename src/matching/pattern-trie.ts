/**
 * Hundreds of alias prefixes as a flat alternation make the RegExp engine try, at every letter
 * that starts one, each prefix that starts with it; a prefix tree ("alma(?:t|-)…") lets a
 * failed letter rule out a whole branch at once, and keeps the pattern short to compile.
 */

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Indices of the token sequences that end at this node. */
  ends: number[];
}

const node = (): TrieNode => ({ children: new Map(), ends: [] });

/**
 * The tree as a pattern source. Every node where sequences end gets an empty capture group,
 * and `leaves[k]` lists the sequences that capture k + 1 stands for: those ending there, and
 * those ending on the way to it (a shorter alias may still be the one that matches in full).
 */
function emit(at: TrieNode, leaves: number[][], above: number[] = []): string {
  const here = [...above, ...at.ends];
  // Longer sequences first: a branch that continues is tried before one that ends here.
  const parts = [...at.children].map(([token, child]) => token + emit(child, leaves, here));
  if (at.ends.length > 0) {
    leaves.push(here);
    parts.push('()');
  }
  return parts.length === 1 ? (parts[0] ?? '') : `(?:${parts.join('|')})`;
}

/**
 * A prefix tree of token sequences (each token a RegExp source for one letter or separator)
 * that tells which sequence matched: capture k + 1 is set where the sequences `leaves[k]`
 * (indices) end.
 */
export function capturingTrie(sequences: readonly (readonly string[])[]): {
  source: string;
  leaves: number[][];
} {
  const root = node();
  sequences.forEach((tokens, index) => {
    let at = root;
    for (const token of tokens) {
      let next = at.children.get(token);
      if (!next) at.children.set(token, (next = node()));
      at = next;
    }
    at.ends.push(index);
  });
  const leaves: number[][] = [];
  return { source: emit(root, leaves), leaves };
}
