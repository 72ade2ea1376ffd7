import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../../..') });

/** The rule ids ESLint reports for `code` as if it were a product source file. */
async function rulesHit(code: string, file = 'src/example.tsx'): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).map((message) => message.ruleId);
}

// The first lint builds the project's type information: seconds on a loaded machine.
describe('the lint rule against HTML-string and code-string sinks', { timeout: 30_000 }, () => {
  it.each([
    ['innerHTML assignment', 'export const f = (el: Element, s: string) => { el.innerHTML = s; };'],
    ['outerHTML assignment', 'export const f = (el: Element, s: string) => { el.outerHTML = s; };'],
    [
      'insertAdjacentHTML',
      "export const f = (el: Element, s: string) => el.insertAdjacentHTML('afterend', s);",
    ],
    [
      'createContextualFragment',
      'export const f = (r: Range, s: string) => r.createContextualFragment(s);',
    ],
    ['document.write', 'export const f = (s: string) => document.write(s);'],
    [
      'dangerouslySetInnerHTML',
      'export const C = (p: { s: string }) => <div dangerouslySetInnerHTML={{ __html: p.s }} />;',
    ],
  ])('rejects %s', async (_what, code) => {
    expect(await rulesHit(code)).toContain('no-restricted-syntax');
  });

  it.each([
    ['eval', 'export const f = (s: string) => eval(s);', 'no-eval'],
    ['new Function', "export const f = (s: string) => new Function('x', s);", 'no-new-func'],
    ['string timers', "export const f = () => setTimeout('alert(1)', 1);", 'no-implied-eval'],
  ])('rejects %s', async (_what, code, rule) => {
    expect(await rulesHit(code)).toContain(rule);
  });

  it('accepts rendering text through Preact and reading textContent', async () => {
    const code = 'export const C = (p: { s: string }) => <p title={p.s}>{p.s}</p>;';
    expect(await rulesHit(code)).toEqual([]);
  });
});
