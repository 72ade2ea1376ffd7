import type { Entity, EntityId, Fact } from '../dossier/types';
import { FactList } from '../ui/FactList';

/** Props of {@link FactsByEntity}. */
export interface FactsByEntityProps {
  entities: readonly Entity[];
  facts: readonly Fact[];
  sourceUrl(factId: string): string;
  /** Entities whose facts start unfolded (those mentioned on the page, else the first). */
  open: readonly EntityId[];
}

/** The key facts, one foldable group per entity, a fact appearing under each entity it concerns. */
export function FactsByEntity({ entities, facts, sourceUrl, open }: FactsByEntityProps) {
  return (
    <div class="facts-by-entity">
      {entities.map((entity) => {
        const own = facts.filter((fact) => fact.entities.includes(entity.id));
        return (
          <details key={entity.id} open={open.includes(entity.id)} data-entity={entity.id}>
            <summary>
              <span class={`swatch swatch-${entity.id}`} aria-hidden="true" />
              {entity.name} <span class="muted">({own.length} facts)</span>
            </summary>
            <p class="entity-descriptor">{entity.descriptor}</p>
            <FactList facts={own} sourceUrl={sourceUrl} />
          </details>
        );
      })}
    </div>
  );
}
