// A name that must be capitalised must be capitalised in every word: "Alma ata" opening a
// Spanish sentence ("alma" is "soul") is not the former name of Almaty.
import { describe, expect, it } from 'vitest';
import { bundledMatcher } from '@/src/matching/bundled-matcher';

const found = (text: string) =>
  bundledMatcher()
    .find(text)
    .map(({ start, end, entityId }) => [text.slice(start, end), entityId]);

describe('names written with capitals', () => {
  it.each(['Alma-Ata', 'Alma Ata', 'ALMA-ATA'])('finds "%s"', (name) => {
    expect(found(`En ${name} hubo protestas.`)).toEqual([[name, 'almaty']]);
  });

  it.each(['Alma ata', 'alma Ata', 'alma ata'])('does not take "%s" for the city', (words) => {
    expect(found(`${words} su destino.`)).toEqual([]);
  });
});
