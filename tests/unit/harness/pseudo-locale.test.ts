import { describe, expect, it } from 'vitest';
import { pseudoLocalise } from '../../harness/pseudo-locale';

describe('pseudoLocalise', () => {
  it.each([
    ['accents and brackets a message', 'Next mention', '[Ñéxţ méñţîöñ ŵöŕð]'],
    ['keeps placeholders as they are', '{count} mentions', '[{count} méñţîöñš ŵöŕð ŵö]'],
    ['keeps spaces at the ends outside', ' of {name}', ' [öf {name} ŵöŕð]'],
    ['keeps the report’s quoted words verbatim', 'said “eliminate”', '[šåîđ “eliminate” ŵöŕð ŵö]'],
  ])('%s', (_, english, pseudo) => {
    expect(pseudoLocalise(english)).toBe(pseudo);
  });

  it.each(['Close', 'Read this sentence in the source report', 'Highlighting is off on {site}.'])(
    'makes "%s" at least 40 percent longer',
    (english) => {
      expect(pseudoLocalise(english).length - 2).toBeGreaterThanOrEqual(english.length * 1.4);
    },
  );

  it('leaves blank text blank', () => {
    expect(pseudoLocalise(' ')).toBe(' ');
  });
});
