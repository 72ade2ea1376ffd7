import type { AliasGroup, Entity, EntityId } from '../dossier/types';
import { groupAlternatives, groupPrefixes } from './alias-pattern';
import { capturingTrie, trieSource } from './pattern-trie';

/** One alias group and the checks a hit in it must pass. */
export interface Slot {
  entityId: EntityId;
  /** Counts only when every word is capitalised ("Alma-Ata", not "alma ata"). */
  capitalised: boolean;
  /** For a person: whether a surname alone at `start` names somebody else. */
  isOtherPerson?: (text: string, start: number, name: string) => boolean;
}

interface LazySlot extends Slot {
  group: AliasGroup;
  sticky?: RegExp;
}

/**
 * The first pass and the full aliases behind it. The first pass is one small pattern of the
 * first letters of every alias; each of its leaves is a capture group, which says which alias
 * groups start that way. Only those groups' full patterns (with endings and end rules) run at
 * a hit, each compiled on first use: a page pays for the few aliases it comes close to.
 */
export class Slots {
  /** Source of the first pass (captures included). */
  readonly prefixSource: string;
  private readonly byCapture: LazySlot[][];

  constructor(entities: readonly Entity[], otherPerson: (entity: Entity) => Slot['isOtherPerson']) {
    const slots: LazySlot[] = [];
    const prefixes = entities.flatMap((entity) => {
      const isOtherPerson = otherPerson(entity);
      return entity.aliases.flatMap((group) => {
        const slot = {
          entityId: entity.id,
          capitalised: Boolean(group.capitalised),
          isOtherPerson,
          group,
        };
        slots.push(slot);
        return groupPrefixes(group).map((prefix) => ({ ...prefix, slot }));
      });
    });
    const { source, leaves } = capturingTrie(prefixes);
    this.prefixSource = source;
    this.byCapture = leaves.map((indices) => [
      ...new Set(indices.map((index) => prefixes[index]?.slot).filter((s) => s !== undefined)),
    ]);
  }

  /**
   * The longest alias at `start` among the groups that the first pass's `match` points to,
   * and its slot; undefined when none matches in full.
   */
  match(
    text: string,
    start: number,
    match: RegExpExecArray,
  ): { name: string; slot: Slot } | undefined {
    let capture = 1;
    while (capture < match.length && match[capture] === undefined) capture += 1;
    let best: { name: string; slot: Slot } | undefined;
    for (const slot of this.byCapture[capture - 1] ?? []) {
      slot.sticky ??= new RegExp(trieSource(groupAlternatives(slot.group)), 'iuy');
      slot.sticky.lastIndex = start;
      const name = slot.sticky.exec(text)?.[0];
      if (name && name.length > (best?.name.length ?? 0)) best = { name, slot };
    }
    return best;
  }
}
