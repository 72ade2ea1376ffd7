import { ALMATY_ALIASES } from './aliases-almaty';
import { KAZAKHSTAN_ALIASES } from './aliases-kazakhstan';
import { TOKAYEV_ALIASES, TOKAYEV_SURNAME } from './aliases-tokayev';
import type { Entity, EntityId } from './types';

/**
 * The three entities, in display order. Each descriptor paraphrases the quote of its
 * `descriptorFact`, so the card never says more than the report does.
 */
export const ENTITIES: readonly Entity[] = [
  {
    id: 'kazakhstan',
    name: 'Kazakhstan',
    shortName: 'Kazakhstan',
    // "Former Soviet republic" is in another sentence of the report; one fact grounds one line.
    descriptor: 'Country ruled from 1989 to 2019 by Nursultan Nazarbayev',
    descriptorFact: 'nazarbayev-rule',
    aliases: KAZAKHSTAN_ALIASES,
  },
  {
    id: 'tokayev',
    name: 'Kassym-Jomart Tokayev',
    shortName: 'Tokayev',
    descriptor: 'President of Kazakhstan',
    descriptorFact: 'tokayev-president',
    aliases: TOKAYEV_ALIASES,
    surname: TOKAYEV_SURNAME,
  },
  {
    id: 'almaty',
    name: 'Almaty',
    shortName: 'Almaty',
    descriptor: 'Economic capital, where the clashes were most violent',
    descriptorFact: 'almaty-most-violent-clashes',
    aliases: ALMATY_ALIASES,
  },
];

/** The same entities, looked up by id. */
export const ENTITY_BY_ID = Object.fromEntries(
  ENTITIES.map((entity) => [entity.id, entity]),
) as Record<EntityId, Entity>;
