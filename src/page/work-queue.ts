import type { CandidateSource } from './candidate-source';

type Item = { source: CandidateSource } | { node: Node };

/**
 * The scanner's queue of work. Subtrees to read again are queued as nodes and opened only
 * when reached, so a node already waiting is not queued twice: a page that changes the same
 * subtree every frame gets it read once more after the read in progress, not once per frame.
 */
export class WorkQueue {
  private items: Item[] = [];
  private readonly waiting = new Set<Node>();

  constructor(private readonly open: (node: Node) => CandidateSource) {}

  get length(): number {
    return this.items.length;
  }

  /** Queues a source of candidates as it is. */
  push(source: CandidateSource): void {
    this.items.push({ source });
  }

  /** Queues a subtree to read, unless it (or the whole `root`) is waiting already. */
  pushNode(node: Node, root: Node): void {
    if (this.waiting.has(node) || (this.waiting.has(root) && root.contains(node))) return;
    this.waiting.add(node);
    this.items.push({ node });
  }

  /** The source at the head of the queue, opened now if it was a node. */
  head(): CandidateSource | undefined {
    const item = this.items[0];
    if (!item || 'source' in item) return item?.source;
    this.waiting.delete(item.node);
    const source = this.open(item.node);
    this.items[0] = { source };
    return source;
  }

  shift(): void {
    this.items.shift();
  }

  clear(): void {
    this.items = [];
    this.waiting.clear();
  }
}
