import type { Alternative } from './alias-pattern';

/**
 * Hundreds of aliases as a flat alternation make the RegExp engine try, at every letter that
 * starts one, each alias that starts with it; sharing prefixes ("Alma(?:ty|ti|-Ata)…") lets a
 * failed letter rule out a whole branch at once, and keeps the pattern short to compile.
 */

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Tails of the aliases that end at this node. */
  tails: string[];
}

const node = (): TrieNode => ({ children: new Map(), tails: [] });

function emit(at: TrieNode): string {
  // Longer aliases first: a branch that continues is tried before one that ends here.
  const parts = [...at.children].map(([token, child]) => token + emit(child));
  parts.push(...new Set(at.tails));
  if (parts.length === 1) return parts[0] ?? '';
  // An alias may end here with nothing after it: the empty tail is the last, optional branch.
  const empty = parts.indexOf('');
  if (empty >= 0) parts.splice(empty, 1);
  const group = `(?:${parts.join('|')})`;
  return empty >= 0 ? `${group}?` : group;
}

/** A prefix tree of the alternatives' tokens and tails (their end rules left out). */
function trieOf(alternatives: readonly Alternative[]): string {
  const root = node();
  for (const { tokens, tail } of alternatives) {
    let at = root;
    for (const token of tokens) {
      let next = at.children.get(token);
      if (!next) at.children.set(token, (next = node()));
      at = next;
    }
    at.tails.push(tail);
  }
  return emit(root);
}

/**
 * One pattern source matching exactly the given alternatives: one prefix tree per end rule,
 * each followed by a single copy of its rule. The rules hold Unicode property classes, which
 * are costly to compile: one copy each keeps compiling the pattern a matter of milliseconds.
 * A failing end rule backtracks into its tree, to a shorter ending or a shorter alias.
 */
export function trieSource(alternatives: readonly Alternative[]): string {
  const byEnd = new Map<string, Alternative[]>();
  for (const alternative of alternatives) {
    const list = byEnd.get(alternative.end) ?? [];
    byEnd.set(alternative.end, [...list, alternative]);
  }
  return [...byEnd].map(([end, list]) => `(?:${trieOf(list)})${end}`).join('|');
}
