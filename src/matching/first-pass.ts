import type { Entity } from '../dossier/types';
import { groupPrefixes } from './alias-pattern';
import { capturingTrie } from './pattern-trie';

/**
 * The first pass of the matcher: a pattern of the first letters of every alias, and for each
 * of its capture groups the alias groups (numbered in order over all entities) that start
 * that way. Built from the aliases; the bundled one is generated ahead of time
 * (first-pass.generated.ts) so that no page pays for building it.
 */
export interface FirstPass {
  /** The prefix tree, one empty capture group at each leaf (to tell the leaf at a hit). */
  source: string;
  /** The same without the capture groups: what scans the text (captures cost it speed). */
  plain: string;
  /** `groups[k]`: indices of the alias groups that capture k + 1 stands for. */
  groups: number[][];
}

/** The first pass for `entities`. */
export function buildFirstPass(entities: readonly Entity[]): FirstPass {
  const sequences: string[][] = [];
  const owners: number[] = [];
  entities
    .flatMap((entity) => entity.aliases)
    .forEach((group, index) => {
      for (const prefix of groupPrefixes(group)) {
        sequences.push(prefix);
        owners.push(index);
      }
    });
  const { source, leaves } = capturingTrie(sequences);
  return {
    source,
    plain: source.replaceAll('()', ''),
    groups: leaves.map((indices) => [...new Set(indices.map((i) => owners[i] ?? 0))]),
  };
}
