import type { AliasGroup } from './types';
import { KAZAKHSTAN_SCRIPTS } from './aliases-kazakhstan-scripts';

/**
 * Spellings of Kazakhstan in the Latin alphabet. Demonyms and adjectives (Kazakh, Kazakhstani,
 * kazahsztáni) are deliberately absent: they name people or things, not the country, and
 * "Kazakh" is a language. Sources: the outlets named, and the CLDR country-name tables.
 */
const LATIN: readonly AliasGroup[] = [
  {
    language: 'English and French',
    script: 'Latin',
    usedBy:
      'English-language media (Reuters, AP, BBC) and the official English name; French media (Le Monde, AFP, Novastan)',
    spellings: ['Kazakhstan'],
  },
  {
    language: 'Swedish and Finnish (older English variant)',
    script: 'Latin',
    usedBy:
      'Swedish Wikipedia ("Kazakstan", "Kazakstans"), the CLDR Finnish name; older English transliteration',
    spellings: ['Kazakstan'],
    // Swedish genitive; Finnish genitive, partitive, inessive, elative, illative, adessive...
    suffixes: ['s', 'in', 'ia', 'issa', 'ista', 'iin', 'illa', 'ille', 'ilta'],
  },
  {
    language: 'Kazakh (Latin, 2021 alphabet)',
    script: 'Latin',
    usedBy: 'Kazakh Latin-alphabet media (smartnews.kz/qz, abai.kz), with attached case endings',
    spellings: ['Qazaqstan'],
    // Genitive, dative, accusative, locative, ablative, instrumental, "located in".
    suffixes: ['nyń', 'ǵa', 'dy', 'da', 'nan', 'men', 'daǵy'],
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
      'Italian media (ANSA, Lumsanews) and Turkish media (Anadolu Ajansı, Çankaya Gazetesi), which attach case suffixes after an apostrophe (Kazakistan’da)',
    spellings: ['Kazakistan'],
  },
  {
    language: 'Polish, Dutch, Slovak and Lithuanian',
    script: 'Latin',
    usedBy:
      'Polish media (PAP, Do Rzeczy), Dutch and Flemish media (NOS, De Morgen), Slovak TASR, Lithuanian media (15min, Delfi.lt: "Kazachstanas", "Kazachstane")',
    spellings: ['Kazachstan'],
    // Polish gen/dat/instr/loc, Slovak instr/loc, Lithuanian nom/gen/dat/acc.
    suffixes: ['u', 'owi', 'em', 'ie', 'om', 'e', 'as', 'o', 'ui', 'ą'],
  },
  {
    language: 'Czech',
    script: 'Latin',
    usedBy: 'Czech media (ČTK, Novinky.cz: "Prezident Kazachstánu")',
    spellings: ['Kazachstán'],
    // Genitive, dative and locative share -u; instrumental -em.
    inflected: ['Kazachstánu', 'Kazachstánem'],
  },
  {
    language: 'Hungarian',
    script: 'Latin',
    usedBy: 'Hungarian media (MTI via feol.hu: "Kazahsztán", "Kazahsztánt", "Kazahsztánban")',
    spellings: ['Kazahsztán'],
    // Accusative, dative, inessive, illative, elative, superessive, sublative, delative,
    // allative, adessive, ablative, terminative, instrumental, causal, essive.
    suffixes: 't nak ban ba ból on ra ról hoz nál tól ig nal ért ként'.split(' '),
  },
  {
    language: 'Croatian, Slovene, Serbian (Latin), Bosnian and Romanian',
    script: 'Latin',
    usedBy:
      'Croatian 24sata ("u Kazahstanu"), Slovene Dnevnik ("v Kazahstanu"), Serbian Glas Amerike ("Kazahstana"), Romanian usage',
    spellings: ['Kazahstan'],
    // South Slavic genitive, dative/locative, instrumental; Romanian articled forms.
    suffixes: ['a', 'u', 'om', 'ul', 'ului'],
  },
  {
    language: 'Latvian',
    script: 'Latin',
    usedBy: 'Latvian public media LSM ("Kazahstānā", "Kazahstānas prezidents")',
    spellings: ['Kazahstāna'],
    inflected: ['Kazahstānas', 'Kazahstānai', 'Kazahstānu', 'Kazahstānā'],
  },
  {
    language: 'Estonian',
    script: 'Latin',
    usedBy: 'Estonian media (Delfi, ERR: "Kasahstan", "Kasahstani", "Kasahstanis")',
    spellings: ['Kasahstan'],
    suffixes: ['i', 'is', 'isse', 'ist', 'ile', 'il', 'ilt', 'iga'],
  },
  {
    language: 'Norwegian and Danish',
    script: 'Latin',
    usedBy: 'Store norske leksikon, Norwegian media (Resett: "Kasakhstans president"), CLDR Danish',
    spellings: ['Kasakhstan'],
    inflected: ['Kasakhstans'],
  },
  {
    language: 'Irish',
    script: 'Latin',
    usedBy: 'Irish Wikipedia "An Chasacstáin" (genitive "na Casacstáine")',
    spellings: ['Casacstáin', 'Chasacstáin'],
    inflected: ['Casacstáine', 'Chasacstáine'],
  },
  {
    language: 'Maltese',
    script: 'Latin',
    usedBy: 'CLDR Maltese country name ("il-Każakistan")',
    spellings: ['Każakistan'],
  },
  {
    language: 'Azerbaijani',
    script: 'Latin',
    usedBy:
      'Azerbaijani Wikipedia "Qazaxıstan" and the CLDR name "Qazaxstan"; suffixes attach without an apostrophe',
    spellings: ['Qazaxıstan', 'Qazaxstan'],
    suffixes: ['da', 'dan', 'ın', 'a', 'ı', 'la'],
  },
  {
    language: 'Uzbek (Latin)',
    script: 'Latin',
    usedBy:
      'Uzbek media (Kun.uz: "Qozog‘istonda"; Amerika Ovozi: "Qozog’istonda"), the CLDR name "Qozogʻiston"; the ‘ is written several ways',
    spellings: ['Qozogʻiston'],
    suffixes: ['da', 'ning', 'ga', 'ni', 'dan', 'dagi'],
  },
];

/** Every spelling of Kazakhstan, Latin alphabet first. */
export const KAZAKHSTAN_ALIASES: readonly AliasGroup[] = [...LATIN, ...KAZAKHSTAN_SCRIPTS];
