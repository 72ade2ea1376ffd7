import type { AliasGroup } from './types';

/**
 * Spellings of Kassym-Jomart Tokayev. Given names alone (Kassym, Jomart) are never aliases:
 * they are common first names and would match other people.
 */
export const TOKAYEV_ALIASES: readonly AliasGroup[] = [
  {
    language: 'English',
    script: 'Latin',
    usedBy:
      'English-language media (Reuters, AP, BBC) and the presidency’s English site; Italian, Portuguese and Turkish media write the surname the same way',
    spellings: ['Tokayev', 'Kassym-Jomart Tokayev', 'Kassym Jomart Tokayev'],
  },
  {
    language: 'English (variant)',
    script: 'Latin',
    usedBy: 'Simpler romanisation without the y, seen beside Tokayev in international media',
    spellings: ['Tokaev'],
  },
  {
    language: 'Kazakh (Latin)',
    script: 'Latin',
    usedBy: 'Kazakh written in the Latin alphabet the country is adopting',
    spellings: ['Toqaev', 'Qasym-Jomart Toqaev'],
  },
  {
    language: 'Russian',
    script: 'Cyrillic',
    usedBy:
      'Russian-language media (TASS, Interfax, RIA Novosti) and Russian-language official usage',
    spellings: ['Токаев', 'Касым-Жомарт Токаев'],
    // Genitive/accusative, dative, instrumental, prepositional; the given name declines too.
    inflected: [
      'Токаева',
      'Токаеву',
      'Токаевым',
      'Токаеве',
      'Касым-Жомарта Токаева',
      'Касым-Жомарту Токаеву',
      'Касым-Жомартом Токаевым',
      'Касым-Жомарте Токаеве',
    ],
  },
  {
    language: 'Kazakh (Cyrillic)',
    script: 'Cyrillic',
    usedBy: 'Kazakh-language media and state bodies (Kazinform, Akorda)',
    spellings: ['Тоқаев', 'Қасым-Жомарт Тоқаев'],
    // -ев follows the back vowels of the stem (о, а) and its final в takes the voiceless
    // endings, as in the official "Қасым-Жомарт Тоқаевтың Жолдауы" and "Назарбаевпен".
    inflected: ['Тоқаевтың', 'Тоқаевқа', 'Тоқаевты', 'Тоқаевта', 'Тоқаевтан', 'Тоқаевпен'],
  },
  {
    language: 'German and Polish',
    script: 'Latin',
    usedBy: 'German-language media (dpa, Der Spiegel, FAZ) and Polish media (PAP, Gazeta Wyborcza)',
    spellings: ['Tokajew', 'Kassym-Schomart Tokajew'],
    // German genitive; Polish genitive/accusative, dative, instrumental, locative.
    inflected: ['Tokajews', 'Tokajewa', 'Tokajewowi', 'Tokajewem', 'Tokajewie'],
  },
  {
    language: 'Dutch and Czech',
    script: 'Latin',
    usedBy: 'Dutch media (NOS, de Volkskrant) and Czech media (ČTK, Česká televize)',
    spellings: ['Tokajev'],
    // Czech genitive/accusative, dative/locative, instrumental.
    inflected: ['Tokajeva', 'Tokajevovi', 'Tokajevem'],
  },
  {
    language: 'Spanish',
    script: 'Latin',
    usedBy: 'Spanish-language media (EFE, El País), following FundéuRAE',
    spellings: ['Tokáyev'],
  },
  {
    language: 'French',
    script: 'Latin',
    usedBy: 'French-language media (AFP, Le Monde, RFI)',
    spellings: ['Tokaïev', 'Kassym-Jomart Tokaïev'],
  },
  {
    language: 'Turkish',
    script: 'Latin',
    usedBy: 'Turkish media (Anadolu Ajansı, TRT), which render the given names in Turkish',
    spellings: ['Kasım Cömert Tokayev'],
  },
];
