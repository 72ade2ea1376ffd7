import type { EntityId } from '../../../src/dossier/types';

const IDS: Record<string, EntityId> = { K: 'kazakhstan', T: 'tokayev', A: 'almaty' };

/**
 * A sample sentence with its expected mentions marked as `{name:K}` (K, T, A for Kazakhstan,
 * Tokayev, Almaty): the plain text, and the mentions as [name, entity] pairs.
 */
export function marked(sample: string): { text: string; mentions: [string, EntityId][] } {
  const mentions: [string, EntityId][] = [];
  const text = sample.replace(/\{([^{}]+):([KTA])\}/gu, (_all, name: string, id: string) => {
    mentions.push([name, IDS[id] ?? 'kazakhstan']);
    return name;
  });
  return { text, mentions };
}
