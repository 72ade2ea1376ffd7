import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The file an import names, or the package's name for a bare import ('preact', ...). */
function resolveImport(from: string, specifier: string): string {
  const base = specifier.startsWith('@/')
    ? resolve(ROOT, specifier.slice(2))
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : null;
  if (base === null)
    return specifier
      .split('/')
      .slice(0, specifier.startsWith('@') ? 2 : 1)
      .join('/');
  // A file as named (`x.css`), else with its extension, else a folder's index; unresolved, the
  // name as written (the test below then fails: every project module must be a file).
  const file = [base, `${base}.ts`, `${base}.tsx`, resolve(base, 'index.ts')].find(
    (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
  );
  return file ?? base;
}

/** Imports that bring code along: `import type` and type-only exports bring none. */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) {
      found.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.moduleSpecifier &&
      !statement.isTypeOnly
    ) {
      found.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return found.map((specifier) => specifier.replace(/\?.*$/, '')); // `?inline`: the file's text
}

/** Every module (project file, relative to the root, or package) an entry point loads. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const pending = [resolve(ROOT, entry)];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    const name = file.startsWith(ROOT) ? relative(ROOT, file) : file;
    if (seen.has(name)) continue;
    seen.add(name);
    if (!file.startsWith(ROOT) || !/\.tsx?$/.test(file)) continue;
    for (const specifier of valueImports(file)) pending.push(resolveImport(file, specifier));
  }
  return seen;
}

/** Loaded only at a page's first possible mention (src/content/mention-parts.ts). */
const LATER = [
  'src/matching/compile-matcher.ts',
  'src/matching/bundled-matcher.ts',
  'src/card/card-controller.ts',
  'src/page/long-lines.ts',
  'src/page/line-window.ts',
  'src/highlight/hit-test.ts',
  'src/debug/card-probe.ts',
  'src/highlight/highlight-painter.ts',
  'src/highlight/highlight-styles.ts',
  'entrypoints/content/highlights.css',
  'preact',
  '@floating-ui/dom',
];

describe('the script every page loads, and what waits for a mention', () => {
  const everyPage = reachable('entrypoints/content/index.ts');
  const parts = reachable('entrypoints/mention-parts.ts');

  it.each(LATER)('%s comes with the parts, not with the script every page loads', (module) => {
    expect(parts.has(module)).toBe(true);
    expect(everyPage.has(module)).toBe(false);
  });

  it.each([
    ['every page', everyPage],
    ['the parts', parts],
  ])('every project module %s reaches was found as a file', (_name, reached) => {
    const projectFiles = [...reached].filter((name) => /^(src|entrypoints)\//.test(name));
    expect(projectFiles.length).toBeGreaterThan(20);
    const missing = projectFiles.filter(
      (name) => !existsSync(resolve(ROOT, name)) || !statSync(resolve(ROOT, name)).isFile(),
    );
    expect(missing).toEqual([]);
  });

  it('the script every page loads reaches no JSX (that would bring Preact along unseen)', () => {
    expect([...everyPage].filter((name) => name.endsWith('.tsx'))).toEqual([]);
  });

  it('the script every page loads still reads settings and runs the prefilter', () => {
    expect(everyPage.has('src/settings/settings-store.ts')).toBe(true);
    expect(everyPage.has('src/matching/prefilter.ts')).toBe(true);
    expect(everyPage.has('src/page/page-scanner.ts')).toBe(true);
  });
});
