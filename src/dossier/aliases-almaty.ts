import { ALMATY_SCRIPTS } from './aliases-almaty-scripts';
import type { AliasGroup } from './types';

/**
 * Spellings of Almaty in the Latin alphabet, including its Soviet-era name Alma-Ata (official
 * until 1993). Adjectives (Almatinsky, almatyńskie) are absent: they describe, not name.
 */
const LATIN: readonly AliasGroup[] = [
  {
    language: 'English, Kazakh (Latin) and most European languages',
    script: 'Latin',
    usedBy:
      'The city’s official Latin name: English, French, German, Spanish, Italian, Portuguese, Dutch, Czech and Nordic media (Reuters, De Morgen, Dnevnik); Kazakh Latin media attach case endings (abai.kz: "Almatyda")',
    spellings: ['Almaty'],
    // Kazakh Latin genitive, dative, accusative, locative, ablative, instrumental, "located
    // in"; Finnish genitive, partitive, inessive, elative, adessive, allative, ablative.
    suffixes: 'nyń ǵa ny da dan men daǵy n a ssa sta lla lle lta'.split(' '),
  },
  {
    language: 'English and Romance languages (former name)',
    script: 'Latin',
    usedBy:
      'The Soviet-era name, in historical texts and in media that keep it (Spanish Nueva Revolución: "Alma-Ata"; the CLDR Dutch and Slovak names)',
    spellings: ['Alma-Ata'],
    // Lower-case "alma ata" is ordinary Spanish, Portuguese or Italian ("alma" = soul).
    capitalised: true,
  },
  {
    language: 'Polish',
    script: 'Latin',
    usedBy:
      'Polish media (PAP, Do Rzeczy: "do Ałmaty"); indeclinable; Ałma-Ata for the former name',
    spellings: ['Ałmaty', 'Ałma-Ata'],
  },
  {
    language: 'Turkish, Azerbaijani, Hungarian, Latvian, Slovene, Croatian and Serbian (Latin)',
    script: 'Latin',
    usedBy:
      'Turkish media (Çankaya Gazetesi, Bismil Ajans: "Almatı’da", suffixes after an apostrophe), Azerbaijani (CLDR "Almatı", suffixes attached), feol.hu ("Almatiban"), LSM ("Almati lidosta"), Dnevnik and 24sata ("v Almatiju"), Glas Amerike ("u Almatiju"); ı and i are one letter to the pattern',
    spellings: ['Almatı'],
    // Azerbaijani; South Slavic genitive, dative/locative, instrumental; Hungarian cases.
    suffixes: 'da dan nın ya nı yla ja ju jem t nak ban ba ból ra ról hoz nál tól ig val ért'.split(
      ' ',
    ),
  },
  {
    language: 'Romanian',
    script: 'Latin',
    usedBy: 'CLDR Romanian name "Almatî"',
    spellings: ['Almatî'],
  },
  {
    language: 'Estonian',
    script: 'Latin',
    usedBy: 'Estonian media (ERR, Delfi: "Almatõs", "Almatõ politsei")',
    spellings: ['Almatõ'],
    suffixes: ['s', 'sse', 'st', 'le', 'l', 'lt', 'ga'],
  },
  {
    language: 'Lithuanian',
    script: 'Latin',
    usedBy: 'Lithuanian media (Delfi.lt, 15min: "Almatoje", "į Almatą"), CLDR name "Almata"',
    spellings: ['Almata'],
    // The final -a gives way to the ending: genitive, dative, accusative, locative.
    inflected: ['Almatos', 'Almatai', 'Almatą', 'Almatoje'],
  },
  {
    language: 'Uzbek (Latin)',
    script: 'Latin',
    usedBy: 'Uzbek media (Ozodlik, Kun.uz), from the former name Alma-Ata',
    spellings: ['Olmaota'],
    suffixes: ['da', 'ning', 'ga', 'ni', 'dan', 'dagi'],
  },
];

/** Every spelling of Almaty, Latin alphabet first. */
export const ALMATY_ALIASES: readonly AliasGroup[] = [...LATIN, ...ALMATY_SCRIPTS];
