import { KOREAN_PARTICLES } from './aliases-shared';
import type { AliasGroup } from './types';

/** Spellings of Almaty outside the Latin alphabet. */
export const ALMATY_SCRIPTS: readonly AliasGroup[] = [
  {
    language: 'Kazakh, Russian and Kyrgyz',
    script: 'Cyrillic',
    usedBy:
      'Official name in both state languages (Akorda, Zakon.kz); Russian treats it as indeclinable, so the Kazakh and Kyrgyz case forms are listed',
    spellings: ['Алматы'],
    // Kazakh, after a back vowel: -ның, -ға, -ны, -да, -дан, -мен, -дағы; Kyrgyz -нын, -га.
    inflected: [
      'Алматының',
      'Алматыға',
      'Алматыны',
      'Алматыда',
      'Алматыдан',
      'Алматымен',
      'Алматыдағы',
      'Алматынын',
      'Алматыга',
      'Алматыдагы',
    ],
  },
  {
    language: 'Russian and Belarusian (former name)',
    script: 'Cyrillic',
    usedBy:
      'Many media in Russia (RT, Vedomosti: "в Алма-Ате"), Belarusian Radio Svaboda ("у Алма-Аце")',
    spellings: ['Алма-Ата'],
    // Genitive, dative/prepositional, accusative, instrumental; Belarusian and Ukrainian locative.
    inflected: ['Алма-Аты', 'Алма-Ате', 'Алма-Ату', 'Алма-Атой', 'Алма-Аце', 'Алма-Аті'],
  },
  {
    language: 'Ukrainian, Bulgarian, Serbian and Macedonian',
    script: 'Cyrillic',
    usedBy:
      'Ukrainian Wikipedia, Bulgarian Actualno ("безредици в Алмати"), CLDR Serbian and Macedonian names',
    spellings: ['Алмати'],
  },
  {
    language: 'Uzbek (Cyrillic) and Tajik',
    script: 'Cyrillic',
    usedBy: 'Uzbek Cyrillic media (Ozodlik: "Олмаота", "Олмаотадан"); Tajik Parstoday ("Алма-Ато")',
    spellings: ['Олмаота', 'Алма-Ато'],
    suffixes: ['да', 'нинг', 'га', 'ни', 'дан', 'даги'],
  },
  {
    language: 'Greek',
    script: 'Greek',
    usedBy: 'Greek media (alphafreepress.gr: "επιτέθηκαν στο Αλμάτι"), CLDR Greek name',
    spellings: ['Αλμάτι', 'Άλμα Άτα'],
  },
  {
    language: 'Arabic',
    script: 'Arabic',
    usedBy:
      'Arabic media (CLDR "ألماتي"; Al-Madina: "الماتي"; Elnashra, Alalam: "ألما آتا"); Arabic Wikipedia ("ألماطة")',
    spellings: ['ألماتي', 'ألما آتا', 'ألماطة'],
  },
  {
    language: 'Persian and Urdu',
    script: 'Arabic',
    usedBy: 'CLDR Persian names ("آلماآتی", "استان الماتی"), Urdu ("الماتی")',
    spellings: ['آلماآتی'],
  },
  {
    language: 'Hebrew',
    script: 'Hebrew',
    usedBy: 'Israeli public broadcaster Kan ("ברחובות העיר אלמטי", "באלמטי"), CLDR Hebrew name',
    spellings: ['אלמטי'],
  },
  {
    language: 'Hindi',
    script: 'Devanagari',
    usedBy: 'Mazdoor Bigul and CLDR ("अलमाती"), Marathi and Hindi news ("अल्माटी", "अल्माती")',
    spellings: ['अलमाती', 'अल्माटी', 'अल्माती'],
  },
  {
    language: 'Chinese',
    script: 'Han',
    usedBy:
      'Mainland media (The Paper: "阿拉木图"), Chinese Wikipedia, Hong Kong and Taiwan ("阿拉木圖")',
    spellings: ['阿拉木图', '阿拉木圖'],
  },
  {
    language: 'Japanese',
    script: 'Kana',
    usedBy: 'Japanese Wikipedia and CLDR ("アルマトイ"); Japanese news also writes アルマティ',
    spellings: ['アルマトイ', 'アルマティ', 'アルマ・アタ'],
  },
  {
    language: 'Korean',
    script: 'Hangul',
    usedBy: 'Korean Wikipedia and media (Ulsan TV: "알마티에서"), CLDR Korean name',
    spellings: ['알마티', '알마아타'],
    particles: KOREAN_PARTICLES,
  },
];
