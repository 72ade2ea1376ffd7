import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../../..') });
const RULE = 'kc/trusted-input';

/** The rule ids ESLint reports for `code` as if it were the file at `file`. */
async function rulesHit(code: string, file = 'src/card/example.tsx'): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).map((message) => message.ruleId);
}

const HEADER = "import { trusted } from './trusted-input';\n";

// The first lint builds the project's type information: seconds on a loaded machine.
describe(
  'the lint rule that input handlers in page-reachable code check isTrusted',
  { timeout: 30_000 },
  () => {
    it.each([
      [
        'a pointer listener without the guard',
        'export const f = (w: Window) => w.addEventListener("pointermove", () => undefined);',
      ],
      [
        'a key listener on a document, in the capture phase',
        'export const f = (d: Document, g: (e: Event) => void) => d.addEventListener("keydown", g, true);',
      ],
      [
        'a focus listener given as a named function',
        'function onFocus() {}\nexport const f = (e: Element) => e.addEventListener("focusin", onFocus);',
      ],
      [
        'an unguarded listener whose type is computed',
        'export const f = (e: Element, t: string) => e.addEventListener(t, () => undefined);',
      ],
      ['a Preact click prop', 'export const C = (p: { go(): void }) => <button onClick={p.go} />;'],
      [
        'a Preact capture-phase prop',
        'export const C = (p: { go(): void }) => <div onPointerDownCapture={p.go} />;',
      ],
      [
        'an on-property handler',
        'export const f = (e: HTMLElement) => { e.onclick = trusted(() => undefined); };',
      ],
    ])('rejects %s', async (_what, code) => {
      expect(await rulesHit(HEADER + code)).toContain(RULE);
    });

    it.each([
      [
        'a guarded listener',
        'export const f = (w: Window) => w.addEventListener("keydown", trusted(() => undefined), true);',
      ],
      [
        'a guarded Preact prop',
        'export const C = (p: { go(): void }) => <button onClick={trusted(p.go)} />;',
      ],
      [
        'a guarded listener whose type is computed',
        'export const f = (e: Element, t: string) => e.addEventListener(t, trusted(() => undefined));',
      ],
      [
        'events a page cannot use to act for the reader',
        'export const f = (s: AbortSignal, w: Window) => { s.addEventListener("abort", () => 1); w.addEventListener("resize", () => 1); };',
      ],
    ])('accepts %s', async (_what, code) => {
      const hits = await rulesHit(HEADER + code);
      expect(hits).not.toContain(null); // parsed: a syntax error would hide every rule
      expect(hits).not.toContain(RULE);
    });

    it('leaves extension pages alone (a page script cannot reach the popup)', async () => {
      const code = 'export const C = (p: { go(): void }) => <button onClick={p.go} />;';
      expect(await rulesHit(code, 'src/popup/Example.tsx')).toEqual([]);
      expect(await rulesHit(code, 'src/card/Example.tsx')).toContain(RULE);
    });
  },
);
