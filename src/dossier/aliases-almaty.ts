import type { AliasGroup } from './types';

/** Spellings of Almaty, including its Soviet-era name Alma-Ata (official until 1993). */
export const ALMATY_ALIASES: readonly AliasGroup[] = [
  {
    language: 'English',
    script: 'Latin',
    usedBy:
      'English-language media and the city’s official Latin name; also Kazakh (Latin), French, German, Spanish, Italian, Portuguese, Dutch and Czech media',
    spellings: ['Almaty'],
  },
  {
    language: 'English (former name)',
    script: 'Latin',
    usedBy: 'The Soviet-era name, in historical texts, older atlases and older media reports',
    spellings: ['Alma-Ata', 'Alma Ata'],
  },
  {
    language: 'Kazakh and Russian',
    script: 'Cyrillic',
    usedBy:
      'Official name in both state languages; Russian treats it as indeclinable, so only the Kazakh case forms are listed',
    spellings: ['Алматы'],
    // Kazakh, after a back vowel: -ның, -ға, -ны, -да, -дан, -мен.
    inflected: ['Алматының', 'Алматыға', 'Алматыны', 'Алматыда', 'Алматыдан', 'Алматымен'],
  },
  {
    language: 'Russian (former name)',
    script: 'Cyrillic',
    usedBy: 'Many media in Russia and everyday Russian speech',
    spellings: ['Алма-Ата'],
    // Genitive, dative/prepositional, accusative, instrumental: the second part declines.
    inflected: ['Алма-Аты', 'Алма-Ате', 'Алма-Ату', 'Алма-Атой'],
  },
  {
    language: 'Polish',
    script: 'Latin',
    usedBy: 'Polish media (PAP, Gazeta Wyborcza); indeclinable',
    spellings: ['Ałmaty'],
  },
  {
    language: 'Turkish',
    script: 'Latin',
    usedBy: 'Turkish media (Anadolu Ajansı, TRT), with case suffixes after an apostrophe',
    spellings: ['Almatı'],
  },
];
