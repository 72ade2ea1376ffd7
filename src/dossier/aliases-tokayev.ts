import { TOKAYEV_SCRIPTS } from './aliases-tokayev-scripts';
import type { AliasGroup, SurnameContext } from './types';

/**
 * Spellings of Kassym-Jomart Tokayev in the Latin alphabet. Given names alone (Kassym, Jomart)
 * are never aliases: they are common first names and would match other people.
 */
const LATIN: readonly AliasGroup[] = [
  {
    language: 'English, Italian, Portuguese, Azerbaijani and Lithuanian',
    script: 'Latin',
    usedBy:
      'English-language media (Reuters, AP, BBC, Kazinform) and the presidency’s English site; Italian (Lumsanews: "Qasym-Jomart Tokayev"), Lithuanian (15min: "Kassymas-Jomartas Tokayevas") and Azerbaijani usage',
    spellings: [
      'Tokayev',
      'Kassym-Jomart Tokayev',
      'Kassym-Zhomart Tokayev',
      'Kasym-Zhomart Tokayev',
      'Qasym-Jomart Tokayev',
      'Kassymas-Jomartas Tokayevas',
    ],
    // Lithuanian nom/gen/dat/acc/instr; Azerbaijani gen/dat/acc/loc/abl/instr.
    suffixes: 'as o ui ą u in ə i də dən lə'.split(' '),
  },
  {
    language: 'English (variant), Romanian and Serbian (Latin)',
    script: 'Latin',
    usedBy:
      'Simpler romanisation seen in international media; Serbian Glas Amerike ("Kasim Zomart Tokaev")',
    spellings: ['Tokaev', 'Kasim Zomart Tokaev'],
    suffixes: ['a', 'u', 'om'],
  },
  {
    language: 'Kazakh (Latin, 2021 alphabet)',
    script: 'Latin',
    usedBy: 'Kazakh Latin-alphabet media (smartnews.kz/qz, abai.kz: "Qasym-Jomart Toqaev")',
    spellings: ['Toqaev', 'Qasym-Jomart Toqaev'],
    // Genitive, dative, accusative, locative, ablative, instrumental after the voiceless -v.
    suffixes: ['tyń', 'qa', 'ty', 'ta', 'tan', 'pen'],
  },
  {
    language: 'German and Polish',
    script: 'Latin',
    usedBy:
      'German-language media (dpa, Der Spiegel, FAZ) and Polish media (PAP, Do Rzeczy: "Kasym Żomart Tokajew")',
    spellings: [
      'Tokajew',
      'Kassym-Schomart Tokajew',
      'Kasym-Żomart Tokajew',
      'Kassym-Jomart Tokajew',
    ],
    // German genitive; Polish genitive/accusative, dative, instrumental, locative.
    suffixes: ['s', 'a', 'owi', 'em', 'ie'],
  },
  {
    language:
      'Dutch, Czech, Slovak, Slovene, Croatian, Hungarian, Estonian, Latvian and Scandinavian',
    script: 'Latin',
    usedBy:
      'VRT ("Kassim-Jomart Tokajev"), ČTK and Novinky, TASR ("Kasym-Žomart Tokajev"), Dnevnik and 24sata ("Kasim-Žomart Tokajev"), feol.hu ("Kaszim-Zsomart Tokajev"), ERR and Delfi ("Kassõm-Žomart Tokajev"), LSM ("Kasims Žomarts Tokajevs"), Resett',
    spellings: [
      'Tokajev',
      'Kassim-Jomart Tokajev',
      'Kassym-Jomart Tokajev',
      'Kasym-Žomart Tokajev',
      'Kasim-Žomart Tokajev',
      'Kaszim-Zsomart Tokajev',
      'Kasõm-Žomart Tokajev',
      'Kassõm-Žomart Tokajev',
      'Kasims Žomarts Tokajevs',
    ],
    // Czech/Slovak/South Slavic, Hungarian, Estonian, Latvian, Lithuanian and Finnish endings.
    suffixes: (
      'a u om em ovi e et nek hez nél től vel ről re ért i ile iga il it s am ā as o ui ą in ia ' +
      'ille ilta ista issa'
    ).split(' '),
  },
  {
    language: 'Spanish',
    script: 'Latin',
    usedBy: 'Spanish-language media (EFE, El País), following FundéuRAE',
    spellings: ['Tokáyev', 'Kasim-Yomart Tokáyev'],
  },
  {
    language: 'French',
    script: 'Latin',
    usedBy: 'French-language media (AFP, Le Monde, RFI, Novastan)',
    spellings: ['Tokaïev', 'Kassym-Jomart Tokaïev'],
  },
  {
    language: 'Turkish',
    script: 'Latin',
    usedBy:
      'Turkish media (Anadolu Ajansı, Çankaya Gazetesi), which render the given names in Turkish',
    spellings: ['Kasım Cömert Tokayev'],
  },
  {
    language: 'Uzbek (Latin)',
    script: 'Latin',
    usedBy: 'Uzbek media (Kun.uz: "Qosim-Jo‘mart To‘qayev", "To‘qayevga")',
    spellings: ['Toʻqayev', 'Qosim-Joʻmart Toʻqayev'],
    suffixes: ['ning', 'ga', 'ni', 'dan', 'da'],
  },
];

/** Every spelling of Tokayev, Latin alphabet first. */
export const TOKAYEV_ALIASES: readonly AliasGroup[] = [...LATIN, ...TOKAYEV_SCRIPTS];

/**
 * Who may stand right before "Tokayev" alone without making it another Tokayev: his own given
 * names and patronymic in every spelling above, and the titles the media put before a
 * president's surname. Compared case-insensitively, apostrophes ignored.
 */
export const TOKAYEV_SURNAME: SurnameContext = {
  ownNames: (
    'Kassym Kasym Qasym Kasim Kassim Kasım Kaszim Kasõm Kassõm Kasims Kassymas Kasymas Qosim ' +
    'Jomart Zhomart Schomart Żomart Žomart Zsomart Zomart Yomart Cömert Jomartas Žomarts Joʻmart ' +
    'Kemelevich Kemeluly Kemelovich Касым Касим Касъм Қасым Қосим Жомарт Жомарта Жомарту Жомартом ' +
    'Жомарте Жамарт Жамарта Ҷомарт Кемелевич Кемелевича Кемелұлы Кемелович Κασίμ Ζομάρτ'
  ).split(' '),
  titles: (
    'President Presidents Presidente Président Präsident Präsidenten Prezydent Prezydenta ' +
    'Prezydentowi Prezydentem Prezident Prezidenta Prezidentem Prezidentas Prezidents ' +
    'Presidentti Predsjednik Predsednik Predsedník Elnök Cumhurbaşkanı Prezidenti Mr Mister Sir ' +
    'Herr Herrn Monsieur Señor Senhor Signor Pan Pana Panu Leader Chairman Speaker Senator ' +
    'Minister Premier General Dr Acting Президент Президента Президенту Президентом Президенте ' +
    'Президенті Прэзідэнт Прэзыдэнт Председник Председника Господин Пан Лидер Лідер Глава ' +
    'Πρόεδρος Πρόεδρο Προέδρου'
  ).split(' '),
  titleEndings:
    'präsident präsidenten chef haber oberhaupt kollege kollegen inhaber führer minister'.split(
      ' ',
    ),
};
