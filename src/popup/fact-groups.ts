import type { Entity, EntityId, Fact } from '../dossier/types';

/** A fact as the popup lists it: once, under its main name, with the other names it concerns. */
export interface GroupedFact {
  fact: Fact;
  /** The other entities the fact concerns, in display order. */
  alsoAbout: Entity[];
}

/** The facts of one entity's group. */
export interface FactGroup {
  entity: Entity;
  facts: GroupedFact[];
}

/**
 * The facts grouped by the entity each is chiefly about (the first of its `entities`), every
 * fact once, in report order; a fact that concerns more names says which. Groups follow
 * `entities`; an entity no fact is chiefly about keeps an empty group.
 */
export function factGroups(entities: readonly Entity[], facts: readonly Fact[]): FactGroup[] {
  const byId = new Map<EntityId, Entity>(entities.map((entity) => [entity.id, entity]));
  return entities.map((entity) => ({
    entity,
    facts: facts
      .filter((fact) => fact.entities[0] === entity.id)
      .map((fact) => ({
        fact,
        alsoAbout: entities.filter(
          (other) =>
            other.id !== entity.id && fact.entities.includes(other.id) && byId.has(other.id),
        ),
      })),
  }));
}
