import { KOREAN_PARTICLES, PERSON, PERSON_WORDS } from './aliases-shared';
import type { AliasGroup } from './types';

/** Spellings of Kazakhstan outside the Latin alphabet. */
export const KAZAKHSTAN_SCRIPTS: readonly AliasGroup[] = [
  {
    language: 'Russian, Ukrainian, Belarusian, Bulgarian and Serbian',
    script: 'Cyrillic',
    usedBy:
      'Russian media (TASS, Interfax, RIA Novosti), Ukrainian (Obozrevatel: "у Казахстані"), Belarusian (Euroradio, Radio Svaboda), Bulgarian (BNR) and Serbian media share the nominative',
    spellings: ['Казахстан'],
    // Russian gen, dat, instr, loc; Ukrainian loc and dat; Belarusian instr.
    inflected: [
      'Казахстана',
      'Казахстану',
      'Казахстаном',
      'Казахстане',
      'Казахстані',
      'Казахстанові',
      'Казахстанам',
    ],
  },
  {
    language: 'Kazakh (Cyrillic)',
    script: 'Cyrillic',
    usedBy: 'Kazakh-language media and state bodies (Kazinform, Akorda, Zakon.kz)',
    spellings: ['Қазақстан'],
    // Stem ends in the sonorant н after back vowels: -ның, -ға, -ды, -да, -нан, -мен, -дағы.
    inflected: [
      'Қазақстанның',
      'Қазақстанға',
      'Қазақстанды',
      'Қазақстанда',
      'Қазақстаннан',
      'Қазақстанмен',
      'Қазақстандағы',
    ],
  },
  {
    language: 'Kyrgyz',
    script: 'Cyrillic',
    usedBy: 'Kyrgyz media (Kloop: "Казакстандын", "Казакстанды"), CLDR Kyrgyz name',
    spellings: ['Казакстан'],
    suffixes: ['дын', 'га', 'ды', 'да', 'дан', 'дагы'],
  },
  {
    language: 'Uzbek (Cyrillic) and Tajik',
    script: 'Cyrillic',
    usedBy: 'Uzbek Cyrillic media (Ozodlik: "Қозоғистонга"); Tajik media (Parstoday: "Қазоқистон")',
    spellings: ['Қозоғистон', 'Қазоқистон'],
    suffixes: ['да', 'нинг', 'га', 'ни', 'дан', 'даги'],
  },
  {
    language: 'Greek',
    script: 'Greek',
    usedBy: 'Greek media (alphafreepress.gr: "του Καζακστάν"), CLDR Greek name; indeclinable',
    spellings: ['Καζακστάν'],
  },
  {
    language: 'Arabic',
    script: 'Arabic',
    usedBy:
      'Arabic media (Al-Majalla, Al-Araby Al-Jadeed, Alalam: "كازاخستان", "لكازاخستان"), the Arabic Wikipedia title',
    spellings: ['كازاخستان'],
  },
  {
    language: 'Persian, Pashto and Arabic (variant)',
    script: 'Arabic',
    usedBy: 'Persian media (IRNA, ILNA), Pashto Azadi Radio; the body text of Arabic Wikipedia',
    spellings: ['قزاقستان'],
  },
  {
    language: 'Hebrew',
    script: 'Hebrew',
    usedBy: 'Israeli public broadcaster Kan ("בקזחסטן", "לקזחסטן"), CLDR Hebrew name',
    spellings: ['קזחסטן'],
  },
  {
    language: 'Hindi',
    script: 'Devanagari',
    usedBy:
      'Hindi Wikipedia ("कजाकिस्तान", "कजाखस्तान"), Mazdoor Bigul ("कज़ाख़स्तान"), CLDR ("कज़ाख़िस्तान"); the nukta is optional',
    spellings: ['कज़ाख़स्तान', 'कज़ाख़िस्तान', 'कज़ाकिस्तान'],
  },
  {
    language: 'Chinese (Simplified and Hong Kong Traditional)',
    script: 'Han',
    usedBy:
      'Mainland media (The Paper, Xinhua: "哈萨克斯坦"), Chinese Wikipedia and Hong Kong media ("哈薩克斯坦")',
    spellings: ['哈萨克斯坦', '哈薩克斯坦'],
    notBefore: PERSON,
    stillBefore: PERSON_WORDS,
  },
  {
    language: 'Chinese (Taiwan)',
    script: 'Han',
    usedBy:
      'Taiwan usage and the CLDR zh_TW/zh_HK name "哈薩克" ("哈薩克總統"); before 族, 人, 語, 文, 裔 or 汗 it names the Kazakh people, language or khanate',
    spellings: ['哈薩克'],
    notBefore: ['人', '族', '語', '语', '文', '裔', '汗'],
    stillBefore: PERSON_WORDS,
  },
  {
    language: 'Japanese',
    script: 'Kana',
    usedBy: 'Japanese media (NHK, TRT Japanese, People’s Daily Japanese), CLDR Japanese name',
    spellings: ['カザフスタン'],
    notBefore: PERSON,
    stillBefore: PERSON_WORDS,
  },
  {
    language: 'Korean',
    script: 'Hangul',
    usedBy: 'Korean Wikipedia ("카자흐스탄"), Korean media (Ulsan TV: "카자흐스탄의")',
    spellings: ['카자흐스탄'],
    particles: KOREAN_PARTICLES,
  },
];
