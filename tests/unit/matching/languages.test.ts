import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../../src/dossier/entities';
import { compileMatcher } from '../../../src/matching/compile-matcher';
import { marked } from '../../fixtures/marked-text';

const matcher = compileMatcher(ENTITIES);
const found = (text: string) =>
  matcher.find(text).map((m) => [text.slice(m.start, m.end), m.entityId] as const);

/** Sentences as the media of each language write them, the expected mentions marked. */
// prettier-ignore
const POSITIVES: [string, string][] = [
  ['Ukrainian', 'Президент {Казахстану:K} {Касим-Жомарт Токаєв:T} у {Казахстані:K}'],
  ['Ukrainian', '{Токаєва:T}, {Токаєву:T}, {Алмати:A} і {Алма-Аті:A}'],
  ['Belarusian', 'прэзідэнт {Казахстана:K} {Касым-Жамарт Такаеў:T} у {Алма-Аце:A}'],
  ['Bulgarian', '{Касъм-Жомарт Токаев:T} въведе положение в {Алмати:A}'],
  ['Serbian (Cyrillic)', 'Казахстански председник {Токајев:T}, {Токајева:T}'],
  ['Kazakh (Cyrillic)', '{Қасым-Жомарт Тоқаевтың:T} {Алматыдағы:A} кездесуі, {Қазақстандағы:K}'],
  ['Kazakh (Latin)', '{Toqaev:T} {Almatyda:A}; {Qazaqstanda:K}, {Qazaqstannyń:K}, {Almatyǵa:A}, {Toqaevtyń:T}'],
  ['Kyrgyz', '{Казакстандын:K} президенти {Касым-Жомарт Токаевдин:T}'],
  ['Uzbek (Latin)', '{Qozog‘istonda:K} {To‘qayevga:T} qarshi, {Olmaotada:A}'],
  ['Uzbek (Cyrillic)', '{Тоқаев:T} {Қозоғистонга:K}, {Олмаотадан:A}'],
  ['Tajik', 'дар {Қазоқистон:K}, шаҳри {Алма-Ато:A}'],
  ['Azerbaijani', '{Qazaxıstanda:K} {Tokayevin:T} çıxışı, {Almatıda:A}'],
  ['Turkish', '{Kazakistan:K}’da {Kasım Cömert Tokayev:T}, {Almatı:A}’da'],
  ['Hungarian', '{Kazahsztánban:K} {Kaszim-Zsomart Tokajev:T}, {Almatiban:A}'],
  ['Hungarian', '{Kazahsztánt:K} és {Kazahsztánnal:K}'],
  ['Romanian', '{Kazahstanului:K} și {Tokaev:T} în {Almatî:A}'],
  ['Croatian', 'u {Kazahstanu:K}, predsjednik {Kasim-Žomart Tokajev:T} u {Almatiju:A}'],
  ['Slovene', 'v {Kazahstanu:K}, v {Almatiju:A}'],
  ['Serbian (Latin)', 'Predsednik {Kazahstana:K} {Kasim Zomart Tokaev:T} u {Almatiju:A}'],
  ['Slovak', '{Kasym-Žomart Tokajev:T} sa narodil v meste {Alma-Ata:A}, {Kazachstanu:K}'],
  ['Czech', 'Prezident {Kazachstánu:K} {Kasym-Žomart Tokajev:T}'],
  ['Polish', '{Kasym-Żomart Tokajew:T} do {Ałmaty:A}; {Ałma-Ata:A}, {Kazachstanie:K}'],
  ['German', '{Kasachstans:K} Präsident {Tokajew:T}'],
  ['Dutch', 'president {Kassim-Jomart Tokajev:T} van {Kazachstan:K}'],
  ['Danish and Norwegian', '{Kasakhstans:K} president {Kassym-Jomart Tokajev:T}'],
  ['Swedish', '{Kazakstans:K} säkerhetsråd i {Almaty:A}'],
  ['Finnish', '{Kazakstanissa:K} ja {Almatyssa:A}'],
  ['Estonian', '{Kasahstani:K} suurimas linnas {Almatõs:A}, {Tokajevile:T}'],
  ['Latvian', '{Kazahstānā:K}, {Kazahstānas:K} prezidents {Kasims Žomarts Tokajevs:T}, {Almati:A}'],
  ['Lithuanian', '{Kazachstane:K} ir {Almatoje:A}, {Kassymas-Jomartas Tokayevas:T}'],
  ['Irish', 'Poblacht na {Casacstáine:K}, an {Chasacstáin:K}'],
  ['Maltese', 'il-{Każakistan:K}'],
  ['Spanish', '{Kazajistán:K} y {Tokáyev:T}; {Kasim-Yomart Tokáyev:T} en {Almaty:A}'],
  ['Portuguese', 'o {Cazaquistão:K} e {Almaty:A}'],
  ['French', '{Kassym-Jomart Tokaïev:T} au {Kazakhstan:K}'],
  ['Greek', 'ο πρόεδρος {Τοκάγιεφ:T} του {Καζακστάν:K} στο {Αλμάτι:A}'],
  ['Greek capitals without tonos', '{ΚΑΖΑΚΣΤΑΝ:K}: Ο {ΤΟΚΑΓΙΕΦ:T}'],
  ['Arabic', '{قاسم جومارت توكاييف:T} رئيس {كازاخستان:K} في {ألما آتا:A}'],
  ['Arabic prefixes', 'و{كازاخستان:K} ول{توكاييف:T} وب{الماتي:A}'],
  ['Arabic prefixes', 'ل{كازاخستان:K} ف{كازاخستان:K}'],
  ['Arabic letter variants', '{توكايف:T} في {الماتى:A}'],
  ['Persian', '{قاسم جومارت توکایف:T}، رهبر {قزاقستان:K}'],
  ['Persian', '{قاسم جامرت تاکایف:T} در {آلماآتی:A}'],
  ['Hebrew', 'ב{קזחסטן:K}: הנשיא {קאסים-ג\'ומארט טוקאייב:T}'],
  ['Hebrew prefixes', 'ל{קזחסטן:K}, וב{אלמטי:A}, ש{טוקאייב:T}, וכשב{קזחסטן:K}'],
  ['Hebrew geresh', '{קאסים-ג׳ומארט טוקאייב:T}'],
  ['Hindi', '{कज़ाख़स्तान:K} में राष्ट्रपति {कासिम तोकायेव:T}, {अलमाती:A}'],
  ['Hindi without nukta', '{कजाकिस्तान:K} और {कजाखस्तान:K}, {टोकायव:T}'],
  ['Hindi precomposed nukta', '{क\u095bा\u0959स्तान:K}'],
  ['Chinese (Simplified)', '{哈萨克斯坦:K}总统{托卡耶夫:T}在{阿拉木图:A}'],
  ['Chinese (Traditional)', '{哈薩克斯坦:K}總統{卡瑟姆若馬爾特·托卡耶夫:T}出生於{阿拉木圖:A}'],
  ['Chinese (Taiwan)', '{哈薩克:K}總統{託卡耶夫:T}'],
  ['Chinese population and people', '{哈萨克斯坦:K}人口和{哈萨克斯坦:K}人民'],
  ['Japanese', '{カザフスタン:K}の{トカエフ:T}大統領は{アルマトイ:A}で'],
  ['Japanese full name', '{カシム・ジョマルト・トカエフ:T}上院議長、{アルマティ:A}'],
  ['Korean particles', '{카자흐스탄:K}의 {토카예프:T}는 {알마티:A}에서'],
  ['Korean', '주{카자흐스탄:K} 대사관, {카심조마르트 토카예프:T}가'],
];

/** Words that look like a name but are another word, and must stay unmarked. */
const NEGATIVES: [string, string][] = [
  ['Hungarian adjective', 'a kazahsztáni kormány'],
  ['Ukrainian adjective', 'казахстанський уряд'],
  ['Kazakh demonym', 'қазақстандық азаматтар'],
  ['Turkish demonym', 'Kazakistanlı yetkililer'],
  ['Azerbaijani demonym', 'Qazaxıstanlı'],
  ['Uzbek demonym', 'qozogʻistonlik siyosatshunos'],
  ['Greek adjective', 'η καζακστανική κυβέρνηση'],
  ['Arabic adjective', 'الرئيس الكازاخستاني'],
  ['Arabic: not a prefix', 'شكازاخستان'],
  ['Persian adjective', 'دولت قزاقستانی'],
  ['Hebrew adjective', 'הנשיא הקזחסטני'],
  ['Hebrew: not a prefix letter', 'דקזחסטן'],
  ['Hindi adjective', 'कजाकिस्तानी सरकार'],
  ['Chinese: the Kazakh people', '哈萨克族和哈薩克族'],
  ['Chinese: a Kazakhstani, a Kazakh', '哈萨克斯坦人和哈薩克人'],
  ['Chinese: the Kazakh language', '哈薩克語和哈萨克语'],
  ['Chinese: Simplified 哈萨克 alone is the people', '哈萨克牧民'],
  ['Chinese: the Kazakh Khanate', '哈薩克汗國'],
  ['Japanese: Kazakh alone', 'カザフ語とカザフ人'],
  ['Japanese demonym', 'カザフスタン人の男性'],
  ['Japanese: inside a longer katakana word', 'トカエフスキー'],
  ['Korean demonym', '카자흐스탄인'],
  ['Korean: not a particle', '카자흐스탄한'],
  ['Korean: inside a word', '한카자흐스탄'],
];

describe('matcher: each language as its media write it', () => {
  it.each(POSITIVES)('%s: "%s"', (_language, sample) => {
    const { text, mentions } = marked(sample);
    expect(found(text)).toEqual(mentions);
  });

  it.each(NEGATIVES)('%s: nothing in "%s"', (_what, text) => {
    expect(found(text)).toEqual([]);
  });
});
