import { KOREAN_PARTICLES } from './aliases-shared';
import type { AliasGroup } from './types';

/** Spellings of Kassym-Jomart Tokayev outside the Latin alphabet. */
export const TOKAYEV_SCRIPTS: readonly AliasGroup[] = [
  {
    language: 'Russian, Bulgarian, Kyrgyz and Tajik',
    script: 'Cyrillic',
    usedBy:
      'Russian media (TASS, Interfax, RIA Novosti), Bulgarian BNR ("Касъм-Жомарт Токаев") and Actualno ("Касим-Жомарт Токаев"), Kyrgyz Kloop ("Токаевдин"), Tajik Parstoday ("Қосим Ҷомарт Токаев")',
    spellings: [
      'Токаев',
      'Касым-Жомарт Токаев',
      'Касъм-Жомарт Токаев',
      'Касим-Жомарт Токаев',
      'Қосим Ҷомарт Токаев',
    ],
    // Russian genitive/accusative, dative, instrumental, prepositional; Kyrgyz case endings.
    suffixes: ['а', 'у', 'ым', 'е', 'дин', 'ге', 'ди', 'ден'],
    // In Russian the given name declines too.
    inflected: [
      'Касым-Жомарта Токаева',
      'Касым-Жомарту Токаеву',
      'Касым-Жомартом Токаевым',
      'Касым-Жомарте Токаеве',
    ],
  },
  {
    language: 'Ukrainian',
    script: 'Cyrillic',
    usedBy: 'Ukrainian media (Obozrevatel: "Токаєв"; Patrioty of Ukraine: "Касим-Жомарту Токаєву")',
    spellings: ['Токаєв', 'Касим-Жомарт Токаєв'],
    suffixes: ['а', 'у', 'им', 'і', 'ові'],
    inflected: ['Касим-Жомарта Токаєва', 'Касим-Жомарту Токаєву', 'Касим-Жомартом Токаєвим'],
  },
  {
    language: 'Belarusian',
    script: 'Cyrillic',
    usedBy: 'Belarusian media (Euroradio: "Касым-Жамарт Такаеў"; Radio Svaboda)',
    spellings: ['Такаеў', 'Касым-Жамарт Такаеў'],
    // The final ў becomes в before an ending.
    inflected: ['Такаева', 'Такаеву', 'Такаевым', 'Такаеве'],
  },
  {
    language: 'Serbian (Cyrillic)',
    script: 'Cyrillic',
    usedBy: 'Serbian media (Danas via Naslovi.net, News Front Serbia: "Касим Жомарт Токајев")',
    spellings: ['Токајев', 'Касим-Жомарт Токајев'],
    suffixes: ['а', 'у', 'ом'],
  },
  {
    language: 'Kazakh and Uzbek (Cyrillic)',
    script: 'Cyrillic',
    usedBy:
      'Kazakh-language media and state bodies (Kazinform, Akorda, Zakon.kz: "Қасым-Жомарт Тоқаевтың"); Uzbek Cyrillic media (Ozodlik: "Тоқаев")',
    spellings: ['Тоқаев', 'Қасым-Жомарт Тоқаев'],
    // Kazakh: -ев keeps back vowels and its final в takes the voiceless endings ("Тоқаевтың",
    // "Назарбаевпен"); Uzbek: -нинг, -га, -ни, -дан.
    suffixes: ['тың', 'қа', 'ты', 'та', 'тан', 'пен', 'нинг', 'га', 'ни', 'дан'],
  },
  {
    language: 'Greek',
    script: 'Greek',
    usedBy: 'Greek media (alphafreepress.gr: "ο πρόεδρος Τοκάγιεφ")',
    spellings: ['Τοκάγιεφ', 'Κασίμ-Ζομάρτ Τοκάγιεφ'],
  },
  {
    language: 'Arabic and Persian',
    script: 'Arabic',
    usedBy:
      'Arabic media (Al-Majalla, Al-Fagr: "توكاييف"; Al-Araby, Almashhad Alaraby: "توكايف"); Persian IRNA and ILNA write the same letters with Persian ک and ی ("قاسم جومارت توکایف")',
    spellings: [
      'توكاييف',
      'توكايف',
      'قاسم جومارت توكاييف',
      'قاسم جومارت توكايف',
      'قاسم توكاييف',
      'قاسم توكايف',
    ],
  },
  {
    language: 'Persian (variant)',
    script: 'Arabic',
    usedBy: 'Syrian news agency SANA in Persian ("قاسم جامرت تاکایف")',
    spellings: ['تاکایف', 'قاسم جامرت تاکایف'],
  },
  {
    language: 'Hebrew',
    script: 'Hebrew',
    usedBy: 'Israeli public broadcaster Kan ("הנשיא קאסים-ג\'ומארט טוקאייב")',
    spellings: ['טוקאייב', "קאסים-ג'ומארט טוקאייב"],
  },
  {
    language: 'Hindi',
    script: 'Devanagari',
    usedBy:
      'Mazdoor Bigul ("कासिम तोकायेव"), Hindi Wikipedia ("कासिम-जोमार्ट टोकायव"), Hindi news ("टोकायेव")',
    spellings: ['तोकायेव', 'टोकायेव', 'टोकायव', 'कासिम-जोमार्ट टोकायव', 'कासिम तोकायेव'],
  },
  {
    language: 'Chinese',
    script: 'Han',
    usedBy:
      'Mainland and Hong Kong media (The Paper, International Link: "托卡耶夫"), Chinese Wikipedia ("卡西姆若马尔特·托卡耶夫", "卡瑟姆若馬爾特·托卡耶夫"), Taiwan pages ("託卡耶夫")',
    spellings: [
      '托卡耶夫',
      '託卡耶夫',
      '卡西姆若马尔特·托卡耶夫',
      '卡瑟姆若马尔特·托卡耶夫',
      '卡瑟姆若馬爾特·托卡耶夫',
    ],
  },
  {
    language: 'Japanese',
    script: 'Kana',
    usedBy:
      'Japanese media (TRT Japanese: "カシム・ジョマルト・トカエフ"; People’s Daily Japanese; Kyodo via Rosatom Japan: "トカエフ大統領")',
    spellings: ['トカエフ', 'カシムジョマルト・トカエフ', 'カシム・ジョマルト・トカエフ'],
  },
  {
    language: 'Korean',
    script: 'Hangul',
    usedBy: 'Korean Wikipedia ("카심조마르트 토카예프"), Korean media (Ulsan TV: "토카예프는")',
    spellings: ['토카예프', '카심조마르트 토카예프'],
    particles: KOREAN_PARTICLES,
  },
];
