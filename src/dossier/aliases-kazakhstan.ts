import type { AliasGroup } from './types';

/**
 * Spellings of Kazakhstan. Demonyms and adjectives (Kazakh, Kazakhstani, казахстанский) are
 * deliberately absent: they name people or things, not the country, and "Kazakh" is a language.
 */
export const KAZAKHSTAN_ALIASES: readonly AliasGroup[] = [
  {
    language: 'English',
    script: 'Latin',
    usedBy:
      'English-language media (Reuters, AP, BBC) and the official English name; French media (Le Monde, AFP) spell it the same way',
    spellings: ['Kazakhstan'],
  },
  {
    language: 'English (older variant)',
    script: 'Latin',
    usedBy: 'Older English transliteration of the 1990s; the standard Swedish and Finnish spelling',
    spellings: ['Kazakstan'],
  },
  {
    language: 'Kazakh (Latin)',
    script: 'Latin',
    usedBy: 'Kazakh written in the Latin alphabet the country is adopting',
    spellings: ['Qazaqstan'],
  },
  {
    language: 'Russian',
    script: 'Cyrillic',
    usedBy:
      'Russian-language media (TASS, Interfax, RIA Novosti) and official Russian usage in Kazakhstan; Ukrainian, Belarusian and Bulgarian share the nominative',
    spellings: ['Казахстан'],
    // Genitive, dative, instrumental, prepositional (accusative equals the nominative).
    inflected: ['Казахстана', 'Казахстану', 'Казахстаном', 'Казахстане'],
  },
  {
    language: 'Kazakh (Cyrillic)',
    script: 'Cyrillic',
    usedBy: 'Kazakh-language media and state bodies (Kazinform, Akorda)',
    spellings: ['Қазақстан'],
    // Stem ends in the sonorant н after back vowels: -ның, -ға, -ды, -да, -нан, -мен.
    inflected: [
      'Қазақстанның',
      'Қазақстанға',
      'Қазақстанды',
      'Қазақстанда',
      'Қазақстаннан',
      'Қазақстанмен',
    ],
  },
  {
    language: 'German',
    script: 'Latin',
    usedBy: 'German-language media (dpa, Der Spiegel, FAZ, Tagesschau) and the Duden',
    spellings: ['Kasachstan'],
    inflected: ['Kasachstans'],
  },
  {
    language: 'Spanish',
    script: 'Latin',
    usedBy: 'Spanish-language media; Kazajistán is the form the RAE and FundéuRAE prefer',
    spellings: ['Kazajistán', 'Kazajstán'],
  },
  {
    language: 'Portuguese',
    script: 'Latin',
    usedBy: 'Portuguese and Brazilian media (Lusa, Público, Folha de S.Paulo)',
    spellings: ['Cazaquistão'],
  },
  {
    language: 'Italian and Turkish',
    script: 'Latin',
    usedBy:
      'Italian media (ANSA, Corriere della Sera, RAI) and Turkish media (Anadolu Ajansı, TRT), which attach case suffixes after an apostrophe (Kazakistan’da)',
    spellings: ['Kazakistan'],
  },
  {
    language: 'Polish and Dutch',
    script: 'Latin',
    usedBy: 'Polish media (PAP, Gazeta Wyborcza) and Dutch media (NOS, de Volkskrant)',
    spellings: ['Kazachstan'],
    // Polish genitive, dative, instrumental, locative.
    inflected: ['Kazachstanu', 'Kazachstanowi', 'Kazachstanem', 'Kazachstanie'],
  },
  {
    language: 'Czech',
    script: 'Latin',
    usedBy: 'Czech media (ČTK, Česká televize)',
    spellings: ['Kazachstán'],
    // Genitive, dative and locative share -u; instrumental -em.
    inflected: ['Kazachstánu', 'Kazachstánem'],
  },
];
