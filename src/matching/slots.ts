import type { AliasGroup, Entity, EntityId, Script } from '../dossier/types';
import { groupAlternatives } from './alias-pattern';
import { trieSource } from './pattern-trie';

/** The aliases of one entity in one script that share the checks a hit must pass. */
export interface Slot {
  entityId: EntityId;
  /** Counts only when every word is capitalised ("Alma-Ata", not "alma ata"). */
  capitalised: boolean;
  /** For a person: whether a surname alone at `start` names somebody else. */
  isOtherPerson?: (text: string, start: number, name: string) => boolean;
}

interface LazySlot extends Slot {
  groups: AliasGroup[];
  sticky?: RegExp;
}

/**
 * The full aliases, checked only where the first pass found the start of one. Each slot's
 * pattern is compiled on first use, so a page pays for the scripts it contains: an English
 * page never compiles the Arabic or Korean aliases.
 */
export class Slots {
  private readonly byScript = new Map<Script, LazySlot[]>();

  constructor(entities: readonly Entity[], otherPerson: (entity: Entity) => Slot['isOtherPerson']) {
    for (const entity of entities) {
      const isOtherPerson = otherPerson(entity);
      for (const group of entity.aliases) {
        const capitalised = Boolean(group.capitalised);
        const list = this.byScript.get(group.script) ?? [];
        this.byScript.set(group.script, list);
        let slot = list.find((s) => s.entityId === entity.id && s.capitalised === capitalised);
        if (!slot)
          list.push((slot = { entityId: entity.id, capitalised, isOtherPerson, groups: [] }));
        slot.groups.push(group);
      }
    }
  }

  /** The longest alias of `script` at `start`, and its slot; undefined when none matches. */
  match(text: string, start: number, script: Script): { name: string; slot: Slot } | undefined {
    let best: { name: string; slot: Slot } | undefined;
    for (const slot of this.byScript.get(script) ?? []) {
      slot.sticky ??= new RegExp(trieSource(slot.groups.flatMap(groupAlternatives)), 'iuy');
      slot.sticky.lastIndex = start;
      const name = slot.sticky.exec(text)?.[0];
      if (name && name.length > (best?.name.length ?? 0)) best = { name, slot };
    }
    return best;
  }
}
