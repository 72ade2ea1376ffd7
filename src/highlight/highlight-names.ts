import type { EntityId } from '../dossier/types';

/** How highlights look; each style has its own `::highlight()` names in highlights.css. */
export type HighlightStyle = 'background' | 'underline' | 'both';

/** The registry name of an entity's highlight in a style, e.g. `kc-tokayev-underline`. */
export function highlightName(entityId: EntityId, style: HighlightStyle): string {
  return style === 'background' ? `kc-${entityId}` : `kc-${entityId}-${style}`;
}

/** The hovered or keyboard-selected mention. */
export const ACTIVE_HIGHLIGHT = 'kc-active';
