import type { EntityId } from '../dossier/types';
import { ENTITY_IDS } from '../dossier/types';
import { ACTIVE_HIGHLIGHT, highlightName, type HighlightStyle } from './highlight-names';

/** The parts of the CSS Custom Highlight API the painter uses, passed in for tests. */
export interface HighlightApi {
  registry: HighlightRegistry;
  createHighlight(): Highlight;
  /** A range over `node` [start, end): StaticRange, so the page's own edits stay cheap. */
  createRange(node: Text, start: number, end: number): AbstractRange;
}

/** The API of a real window. */
export function windowHighlightApi(win: Window & typeof globalThis = window): HighlightApi {
  return {
    registry: win.CSS.highlights,
    createHighlight: () => new win.Highlight(),
    createRange: (node, start, end) =>
      new win.StaticRange({
        startContainer: node,
        startOffset: start,
        endContainer: node,
        endOffset: end,
      }),
  };
}

/**
 * Owns our entries in `CSS.highlights`: one Highlight per entity plus the active one. Paints at
 * most `cap` ranges (painting cost grows with ranges; counts are kept elsewhere, exactly).
 */
export class HighlightPainter {
  private readonly highlights = new Map<EntityId, Highlight>();
  private readonly active: Highlight;
  private readonly hidden = new Set<EntityId>();
  private style: HighlightStyle = 'background';
  private enabled = false;

  constructor(
    private readonly api: HighlightApi,
    readonly cap = 2_000,
  ) {
    for (const id of ENTITY_IDS) this.highlights.set(id, api.createHighlight());
    this.active = api.createHighlight();
    // Above the entity colours and above page highlights of default priority.
    this.active.priority = 1;
  }

  /**
   * Number of ranges painted now, read from the highlights themselves: a page can call
   * `.clear()` on a Highlight it finds in the shared registry, and a separate tally would drift.
   */
  get paintedCount(): number {
    let painted = 0;
    for (const highlight of this.highlights.values()) painted += highlight.size;
    return painted;
  }

  /** Paints a mention; returns its range, or undefined when the cap is reached. */
  paint(entityId: EntityId, node: Text, start: number, end: number): AbstractRange | undefined {
    if (this.paintedCount >= this.cap) return undefined;
    const range = this.api.createRange(node, start, end);
    this.highlights.get(entityId)?.add(range);
    return range;
  }

  unpaint(entityId: EntityId, range: AbstractRange): void {
    this.highlights.get(entityId)?.delete(range);
  }

  /** Registers our highlights (again, if the page removed or replaced them). */
  show(): void {
    this.enabled = true;
    this.ensureRegistered();
  }

  /**
   * Re-registers any entry the page cleared or overwrote (`CSS.highlights.clear()` is one
   * call away for any script). Returns true when something had to be restored.
   */
  ensureRegistered(): boolean {
    if (!this.enabled) return false;
    let restored = false;
    for (const [id, highlight] of this.highlights) {
      const name = highlightName(id, this.style);
      if (this.hidden.has(id)) continue;
      if (this.api.registry.get(name) !== highlight) {
        this.api.registry.set(name, highlight);
        restored = true;
      }
    }
    if (this.active.size > 0 && this.api.registry.get(ACTIVE_HIGHLIGHT) !== this.active) {
      this.api.registry.set(ACTIVE_HIGHLIGHT, this.active);
      restored = true;
    }
    return restored;
  }

  /** Unregisters everything at once; the ranges stay for a quick `show()`. */
  hide(): void {
    this.enabled = false;
    this.unregister();
  }

  /** Forgets every range and unregisters. */
  clear(): void {
    this.hide();
    for (const highlight of this.highlights.values()) highlight.clear();
    this.active.clear();
  }

  setEntityVisible(entityId: EntityId, visible: boolean): void {
    this.unregister();
    if (visible) this.hidden.delete(entityId);
    else this.hidden.add(entityId);
    this.ensureRegistered();
  }

  setStyle(style: HighlightStyle): void {
    this.unregister();
    this.style = style;
    this.ensureRegistered();
  }

  /** Marks one range as the active mention (hovered or selected), or none. */
  setActive(range: AbstractRange | null): void {
    this.active.clear();
    if (range) this.active.add(range);
    if (range && this.enabled) this.api.registry.set(ACTIVE_HIGHLIGHT, this.active);
    else this.deleteOwn(ACTIVE_HIGHLIGHT, this.active);
  }

  private unregister(): void {
    for (const [id, highlight] of this.highlights) {
      for (const style of ['background', 'underline', 'both'] as const) {
        this.deleteOwn(highlightName(id, style), highlight);
      }
    }
    this.deleteOwn(ACTIVE_HIGHLIGHT, this.active);
  }

  /** Deletes a registry entry only if it is ours: a page may use the same name. */
  private deleteOwn(name: string, highlight: Highlight): void {
    if (this.api.registry.get(name) === highlight) this.api.registry.delete(name);
  }
}
