import { INLINE_ELEMENTS } from './inline-run';
import { changesEditability } from './skip-rules';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * What ran on up to a removal: a text or an inline element, where a name may now join the text
 * after it (`Kazakh<br>stan` without its `<br>`); nothing after a block, which ends a run.
 */
function runBefore(record: MutationRecord): Node | null {
  const node = record.previousSibling ?? null;
  if (node?.nodeType === TEXT_NODE) return node;
  const inline =
    node?.nodeType === ELEMENT_NODE && INLINE_ELEMENTS.has((node as Element).localName);
  return inline ? node : null;
}

/** What a batch of mutation records asks of the scanner. */
export interface RescanPlan {
  /** Nodes were removed: drop index entries whose text left the page. */
  sweep: boolean;
  /** Subtrees (or text nodes) to scan again. */
  rescan: Node[];
  /** The changes span trees with no common ancestor: scan the whole page again. */
  everything: boolean;
}

/**
 * Turns a batch of records into the work it needs: changed text nodes and added subtrees,
 * or, above `massThreshold` records, the one subtree that holds every change, scanned once
 * instead of node by node. (Changes inside our card are never reported: its closed shadow root
 * is not observed.)
 */
export function planRescan(
  records: readonly MutationRecord[],
  massThreshold: number,
  isIndexed: (node: Node) => boolean = () => false,
): RescanPlan {
  const massive = records.length > massThreshold;
  let sweep = massive;
  const targets = new Set<Node>();
  // A text that held a mention and changed is searched again on its own, whatever the batch:
  // a rescan of its subtree passes over it when the prefilter finds nothing there now.
  const changedIndexed = new Set<Node>();
  for (const record of records) {
    if (record.type === 'attributes') {
      const target = record.target as Element;
      const name = record.attributeName ?? '';
      const now = target.getAttribute(name);
      // An element made an editor, or no longer one: its text is read again with fresh rules.
      if (changesEditability(name, record.oldValue, now)) targets.add(target);
      continue;
    }
    if (record.type === 'characterData') {
      targets.add(record.target);
      if (isIndexed(record.target)) changedIndexed.add(record.target);
      continue;
    }
    if (record.removedNodes.length > 0) {
      sweep = true;
      const before = runBefore(record);
      if (before) targets.add(before);
    }
    record.addedNodes.forEach((node) => targets.add(node));
    if (massive) targets.add(record.target);
  }
  if (!massive) {
    return { sweep, rescan: [...targets].filter((node) => node.isConnected), everything: false };
  }
  const ancestor = commonAncestor(targets);
  // No connected change at all (a changed text that left the page is the sweep's): only the
  // sweep is needed, not a scan of the whole page.
  if (ancestor === null) return { sweep, rescan: [], everything: false };
  return {
    sweep,
    rescan: [...(ancestor ? [ancestor] : []), ...changedIndexed],
    everything: !ancestor,
  };
}

/**
 * The deepest node containing all connected `nodes`; undefined across separate trees, null
 * when none is connected.
 */
function commonAncestor(nodes: Iterable<Node>): Node | null | undefined {
  let ancestor: Node | null = null;
  for (const node of nodes) {
    if (!node.isConnected) continue;
    ancestor ??= node;
    while (ancestor && !ancestor.contains(node)) ancestor = ancestor.parentNode;
    if (!ancestor) return undefined;
  }
  return ancestor;
}
