import type { EntityId } from '../dossier/types';
import { ENTITY_IDS } from '../dossier/types';
import { ACTIVE_HIGHLIGHT, highlightName, type HighlightStyle } from './highlight-names';
import type { HighlightStyles } from './highlight-styles';

/** The parts of the CSS Custom Highlight API the painter uses, passed in for tests. */
export interface HighlightApi {
  registry: HighlightRegistry;
  createHighlight(): Highlight;
  /**
   * A range from (`node`, `start`) to (`endNode`, `end`), one node unless a name is split
   * across inline elements: StaticRange, so the page's own edits stay cheap.
   */
  createRange(node: Text, start: number, end: number, endNode?: Text): AbstractRange;
}

/** The API of a real window. */
export function windowHighlightApi(win: Window & typeof globalThis = window): HighlightApi {
  return {
    registry: win.CSS.highlights,
    createHighlight: () => new win.Highlight(),
    createRange: (node, start, end, endNode = node) =>
      new win.StaticRange({
        startContainer: node,
        startOffset: start,
        endContainer: endNode,
        endOffset: end,
      }),
  };
}

/** Priority of the active mention: above the entity colours and page highlights of default 0. */
const ACTIVE_PRIORITY = 1;

/**
 * Owns our entries in `CSS.highlights`: one Highlight per entity plus the active one. Paints at
 * most `cap` ranges (painting cost grows with ranges; counts are kept elsewhere, exactly).
 *
 * The registry is shared with the page, which can reach our Highlight objects through it:
 * clear them, add its own ranges (painting other words in our colours and filling our cap),
 * re-prioritise them, or take their names. So what we painted is recorded here, the cap counts
 * that record, and {@link repair} puts the objects back as recorded. A name is registered only
 * while it has ranges to show, so a page without mentions (or where the reader turned us off)
 * finds neither our names nor our rules (`styles`).
 */
export class HighlightPainter {
  private readonly highlights = new Map<EntityId, Highlight>();
  private readonly painted = new Map<EntityId, Set<AbstractRange>>();
  private paintedTotal = 0;
  private readonly active: Highlight;
  private activeRange: AbstractRange | null = null;
  private readonly hidden = new Set<EntityId>();
  private style: HighlightStyle = 'background';
  private enabled = false;

  /** Whether any of our highlights was ever registered (see `register`). */
  private everRegistered = false;

  constructor(
    private readonly api: HighlightApi,
    readonly cap = 2_000,
    private readonly styles?: HighlightStyles,
  ) {
    for (const id of ENTITY_IDS) {
      this.highlights.set(id, api.createHighlight());
      this.painted.set(id, new Set());
    }
    this.active = api.createHighlight();
    this.active.priority = ACTIVE_PRIORITY;
  }

  /** Number of ranges we painted (our record: the page can add to or clear our Highlights). */
  get paintedCount(): number {
    return this.paintedTotal;
  }

  /**
   * Paints a mention, from `start` in `node` to `end` in `endNode` (default: the same node);
   * returns its range, or undefined when the cap is reached. One range however many nodes it
   * spans, so a split name counts once against the cap.
   */
  paint(
    entityId: EntityId,
    node: Text,
    start: number,
    end: number,
    endNode: Text = node,
  ): AbstractRange | undefined {
    const mine = this.painted.get(entityId);
    if (!mine || this.paintedTotal >= this.cap) return undefined;
    const range = this.api.createRange(node, start, end, endNode);
    mine.add(range);
    this.paintedTotal += 1;
    this.highlights.get(entityId)?.add(range);
    if (mine.size === 1) this.ensureRegistered(); // the entity's first: its name appears
    return range;
  }

  unpaint(entityId: EntityId, range: AbstractRange): void {
    const mine = this.painted.get(entityId);
    if (!mine?.delete(range)) return;
    this.paintedTotal -= 1;
    this.highlights.get(entityId)?.delete(range);
    if (mine.size === 0) this.ensureRegistered(); // the entity's last: its name goes
  }

  /** Registers our highlights (those with ranges) from now on. */
  show(): void {
    this.enabled = true;
    this.ensureRegistered();
  }

  /**
   * Brings the registry in line: our names registered exactly while they have something to
   * show (again, if the page removed or replaced them), and our rules with them. Returns true
   * when a registration had to be restored or added.
   */
  ensureRegistered(): boolean {
    let changed = false;
    let any = false;
    for (const [id, highlight] of this.highlights) {
      const wanted = this.enabled && !this.hidden.has(id) && (this.painted.get(id)?.size ?? 0) > 0;
      changed = this.register(highlightName(id, this.style), highlight, wanted) || changed;
      any ||= wanted;
    }
    const activeWanted = this.enabled && this.activeRange !== null;
    changed = this.register(ACTIVE_HIGHLIGHT, this.active, activeWanted) || changed;
    if (any || activeWanted) this.styles?.show();
    else this.styles?.hide();
    return changed;
  }

  /**
   * Puts every Highlight back as recorded: ranges the page added go, ranges it removed come
   * back, priority and type are ours again; then {@link ensureRegistered}. Run on a timer (a
   * page changes these without any DOM mutation to tell us). Returns true if anything changed.
   */
  repair(): boolean {
    let changed = false;
    for (const [id, highlight] of this.highlights) {
      changed = restore(highlight, this.painted.get(id) ?? new Set(), 0) || changed;
    }
    const active = new Set(this.activeRange ? [this.activeRange] : []);
    changed = restore(this.active, active, ACTIVE_PRIORITY) || changed;
    return this.ensureRegistered() || changed;
  }

  /** Unregisters everything at once; the ranges stay for a quick `show()`. */
  hide(): void {
    this.enabled = false;
    this.ensureRegistered();
  }

  /** Forgets every range and unregisters. */
  clear(): void {
    this.enabled = false;
    for (const [id, highlight] of this.highlights) {
      highlight.clear();
      this.painted.get(id)?.clear();
    }
    this.paintedTotal = 0;
    this.active.clear();
    this.activeRange = null;
    this.ensureRegistered();
  }

  setEntityVisible(entityId: EntityId, visible: boolean): void {
    if (visible) this.hidden.delete(entityId);
    else this.hidden.add(entityId);
    this.ensureRegistered();
  }

  setStyle(style: HighlightStyle): void {
    if (style === this.style) return;
    const enabled = this.enabled;
    this.enabled = false;
    this.ensureRegistered(); // the old style's names go
    this.style = style;
    this.enabled = enabled;
    this.ensureRegistered();
  }

  /** Marks one range as the active mention (hovered or selected), or none. */
  setActive(range: AbstractRange | null): void {
    this.active.clear();
    if (range) this.active.add(range);
    this.activeRange = range;
    this.ensureRegistered();
  }

  /** Sets or deletes one registry entry; deletes only our own (a page may use the name). */
  private register(name: string, highlight: Highlight, wanted: boolean): boolean {
    // Nothing of ours can be in the registry before our first registration: a page that names
    // nobody never touches it.
    if (!wanted && !this.everRegistered) return false;
    this.everRegistered = true;
    const current = this.api.registry.get(name);
    if (wanted && current !== highlight) {
      this.api.registry.set(name, highlight);
      return true;
    }
    if (!wanted && current === highlight) this.api.registry.delete(name);
    return false;
  }
}

/** Makes `highlight` hold exactly `ranges` at `priority`; true if it had to change. */
function restore(highlight: Highlight, ranges: Set<AbstractRange>, priority: number): boolean {
  let changed = false;
  if (highlight.priority !== priority) {
    highlight.priority = priority;
    changed = true;
  }
  if (highlight.type !== 'highlight') {
    highlight.type = 'highlight';
    changed = true;
  }
  // Same size and holding every range of ours: nothing foreign (a set holds no duplicates).
  // Asked range by range, never iterated: Firefox cannot iterate a page-world setlike
  // through a content script's Xray wrapper ("Xray wrapping of iterators not supported").
  let same = highlight.size === ranges.size;
  if (same) {
    for (const range of ranges) {
      if (!highlight.has(range)) {
        same = false;
        break;
      }
    }
  }
  if (same) return changed;
  highlight.clear();
  for (const range of ranges) highlight.add(range);
  return true;
}
