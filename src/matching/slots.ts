import type { AliasGroup, Entity, EntityId } from '../dossier/types';
import { groupCheck } from './alias-check';
import type { FirstPass } from './first-pass';

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
  check?: (text: string, start: number) => number;
}

/**
 * The first pass and the full aliases behind it. The first pass is one small pattern of the
 * first letters of every alias; each of its leaves is a capture group, which says which alias
 * groups start that way. Only those groups are checked in full at a hit, each check built on
 * first use.
 */
export class Slots {
  /** Source of the first pass (captures included). */
  readonly prefixSource: string;
  private readonly byCapture: LazySlot[][];

  constructor(
    entities: readonly Entity[],
    otherPerson: (entity: Entity) => Slot['isOtherPerson'],
    firstPass: FirstPass,
  ) {
    const slots: LazySlot[] = entities.flatMap((entity) => {
      const isOtherPerson = otherPerson(entity);
      return entity.aliases.map((group) => ({
        entityId: entity.id,
        capitalised: Boolean(group.capitalised),
        isOtherPerson,
        group,
      }));
    });
    this.prefixSource = firstPass.source;
    this.byCapture = firstPass.groups.map((indices) =>
      indices.map((index) => slots[index]).filter((slot) => slot !== undefined),
    );
  }

  /**
   * The longest name at `start` among the groups that the first pass's `match` points to,
   * and its slot; undefined when none matches in full.
   */
  match(
    text: string,
    start: number,
    match: RegExpExecArray,
  ): { name: string; slot: Slot } | undefined {
    // The one capture that took part in the match holds the empty string.
    const capture = match.indexOf('', 1);
    let best: { end: number; slot: Slot } | undefined;
    for (const slot of this.byCapture[capture - 1] ?? []) {
      slot.check ??= groupCheck(slot.group);
      const end = slot.check(text, start);
      if (end > (best?.end ?? start)) best = { end, slot };
    }
    return best && { name: text.slice(start, best.end), slot: best.slot };
  }
}
