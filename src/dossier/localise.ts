import type { UiLanguage } from '../i18n/languages';
import { ENTITIES } from './entities';
import { FACTS } from './facts';
import { SOURCES } from './sources';
import kk from './translations/kk.json';
import ru from './translations/ru.json';
import type { Entity, EntityId, Fact, SourceId } from './types';

/** One fact's words in another language; its quote and the report's words stay English. */
export interface FactTranslation {
  statement: string;
  /** Who each figure counts, in the order of the fact's `figures`. */
  figures?: readonly { counts: string; countsReading?: string }[];
  /** How a named source said it (`context` of a named attribution). */
  context?: string;
  /** Why the editor reads a pronoun as a source (`why` of a reading). */
  why?: string;
  editorsReading?: string;
}

/** The dossier's words in one language (src/dossier/translations/<lang>.json). */
export interface DossierTranslation {
  entities: Readonly<Record<EntityId, { name: string; shortName: string; descriptor: string }>>;
  sources: Readonly<Record<SourceId, string>>;
  facts: Readonly<Record<string, FactTranslation>>;
}

/** The translations, reviewed against the English and the report (tests/unit/i18n). */
export const TRANSLATIONS: Readonly<Record<Exclude<UiLanguage, 'en'>, DossierTranslation>> = {
  ru,
  kk,
};

/** `fact` with its words in `translation` (English where a translation lacks them). */
export function localiseFact(fact: Fact, translation: DossierTranslation | undefined): Fact {
  const own = translation?.facts[fact.id];
  if (!own) return fact;
  const a = fact.attribution;
  return {
    ...fact,
    statement: own.statement,
    ...(fact.figures
      ? {
          figures: fact.figures.map((figure, i) => {
            const words = own.figures?.[i];
            if (!words) return figure;
            const reading = figure.countsReading && words.countsReading;
            return {
              ...figure,
              counts: words.counts,
              ...(reading ? { countsReading: reading } : {}),
            };
          }),
        }
      : {}),
    attribution:
      a.kind === 'named' && a.context && own.context
        ? { ...a, context: own.context }
        : a.kind === 'reading' && own.why
          ? { ...a, why: own.why }
          : a,
    ...(fact.editorsReading && own.editorsReading ? { editorsReading: own.editorsReading } : {}),
  };
}

/** `entity` with its name and descriptor in `translation`; its aliases are not UI. */
export function localiseEntity(
  entity: Entity,
  translation: DossierTranslation | undefined,
): Entity {
  const own = translation?.entities[entity.id];
  return own ? { ...entity, ...own } : entity;
}

/** The dossier as a reader of `language` sees it. */
export interface LocalDossier {
  facts: readonly Fact[];
  entities: readonly Entity[];
  /** A source as the attribution names it: "the Interior Ministry", "МВД". */
  source(id: SourceId): string;
}

const cache = new Map<UiLanguage, LocalDossier>();

/** The facts, entities and sources in `language` (English: the dossier itself). */
export function localDossier(language: UiLanguage): LocalDossier {
  const cached = cache.get(language);
  if (cached) return cached;
  const translation = language === 'en' ? undefined : TRANSLATIONS[language];
  const made: LocalDossier = {
    facts: FACTS.map((fact) => localiseFact(fact, translation)),
    entities: ENTITIES.map((entity) => localiseEntity(entity, translation)),
    source: (id) => translation?.sources[id] ?? SOURCES[id].label,
  };
  cache.set(language, made);
  return made;
}
