import type { EntityId } from '../dossier/types';
import type { HighlightStyle } from '../highlight/highlight-names';
import type { HighlightPainter } from '../highlight/highlight-painter';

/** A painter with its `::highlight()` rules (highlight-painter.ts, highlight-styles.ts). */
export interface MadePainter {
  painter: HighlightPainter;
  /** Gives an open shadow root our rules (they apply per tree scope). */
  addShadowRoot(root: ShadowRoot): void;
}

/**
 * The painter as the script every page loads holds it: its code, and the rules' text, come
 * with the matcher (mention-parts.ts), since nothing is painted before a mention is found. Until
 * then the slot keeps what the settings said (on or off, style, hidden names) and the shadow
 * roots found, and hands them to the painter it makes at the first mention to paint.
 */
export class PainterSlot {
  private made: MadePainter | undefined;
  private shown = false;
  private style: HighlightStyle = 'background';
  private readonly hidden = new Set<EntityId>();
  /** Shadow roots found before the painter was made (then handed over and forgotten). */
  private readonly roots = new Set<ShadowRoot>();

  /** `create`: makes the painter, or undefined while its code is not loaded. */
  constructor(private readonly create: () => (() => MadePainter) | undefined) {}

  /** The painter, made now if its code is loaded; undefined before. */
  painter(): HighlightPainter | undefined {
    if (this.made) return this.made.painter;
    const create = this.create();
    if (!create) return undefined;
    const made = (this.made = create());
    for (const root of this.roots) made.addShadowRoot(root);
    this.roots.clear();
    made.painter.setStyle(this.style);
    for (const id of this.hidden) made.painter.setEntityVisible(id, false);
    if (this.shown) made.painter.show();
    return made.painter;
  }

  get paintedCount(): number {
    return this.made?.painter.paintedCount ?? 0;
  }

  /** See HighlightPainter.paint; undefined (as over the cap) while the painter cannot be made. */
  paint(...args: Parameters<HighlightPainter['paint']>): AbstractRange | undefined {
    return this.painter()?.paint(...args);
  }

  unpaint(...args: Parameters<HighlightPainter['unpaint']>): void {
    this.made?.painter.unpaint(...args);
  }

  show(): void {
    this.shown = true;
    this.made?.painter.show();
  }

  clear(): void {
    this.shown = false;
    this.made?.painter.clear();
  }

  ensureRegistered(): boolean {
    return this.made?.painter.ensureRegistered() ?? false;
  }

  repair(): boolean {
    return this.made?.painter.repair() ?? false;
  }

  setStyle(style: HighlightStyle): void {
    this.style = style;
    this.made?.painter.setStyle(style);
  }

  setEntityVisible(entityId: EntityId, visible: boolean): void {
    if (visible) this.hidden.delete(entityId);
    else this.hidden.add(entityId);
    this.made?.painter.setEntityVisible(entityId, visible);
  }

  addShadowRoot(root: ShadowRoot): void {
    if (this.made) this.made.addShadowRoot(root);
    else this.roots.add(root);
  }
}
