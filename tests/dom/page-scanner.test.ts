import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENTITIES } from '../../src/dossier/entities';
import { HighlightPainter } from '../../src/highlight/highlight-painter';
import { compileMatcher } from '../../src/matching/compile-matcher';
import { PageScanner, type ScannerOptions } from '../../src/page/page-scanner';
import { fakeHighlightApi, paintedText } from './fake-highlights';

const compiled = compileMatcher(ENTITIES);
const matcher = () => compiled;

/** A scanner over the fixture with other options (shares the fixture's painter and signal). */
function scannerWith(fixture: ReturnType<typeof setup>, options: Partial<ScannerOptions>) {
  return new PageScanner({
    doc: document,
    matcher,
    painter: fixture.painter,
    signal: fixture.controller.signal,
    ...options,
  });
}

function setup(html: string, cap = 2_000) {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...parsed.body.childNodes);
  const api = fakeHighlightApi();
  const painter = new HighlightPainter(api, cap);
  const controller = new AbortController();
  const scanner = new PageScanner({ doc: document, matcher, painter, signal: controller.signal });
  return { api, painter, scanner, controller };
}

let current: ReturnType<typeof setup> | undefined;
beforeEach(() => {
  current = undefined;
});
afterEach(() => current?.controller.abort());

describe('page scanner', () => {
  it('indexes and paints every mention in prose, with exact counts', async () => {
    current = setup('<p>Tokayev spoke in <b>Almaty</b>.</p><p>Kazakhstan, Kazakhstan’s.</p>');
    current.scanner.enable();
    await current.scanner.whenIdle();
    expect(current.scanner.index.counts()).toEqual({ kazakhstan: 2, tokayev: 1, almaty: 1 });
    expect(paintedText(current.api.registry)).toEqual({
      'kc-kazakhstan': ['Kazakhstan', 'Kazakhstan'],
      'kc-tokayev': ['Tokayev'],
      'kc-almaty': ['Almaty'],
    });
  });

  it.each([
    ['script', '<script>var a = "Tokayev";</script>'],
    ['style', '<style>/* Tokayev */</style>'],
    ['noscript', '<noscript>Tokayev</noscript>'],
    ['textarea', '<textarea>Tokayev</textarea>'],
    ['select/option', '<select><option>Tokayev</option></select>'],
    ['svg', '<svg><text>Tokayev</text></svg>'],
    ['math', '<math><mi>Tokayev</mi></math>'],
    ['template', '<template><p>Tokayev</p></template>'],
    ['contenteditable', '<div contenteditable="true"><p>Tokayev</p></div>'],
    ['contenteditable (empty value)', '<div contenteditable><p>Tokayev</p></div>'],
    ['plaintext-only editor', '<div contenteditable="plaintext-only">Tokayev</div>'],
    ['ARIA textbox', '<div role="textbox">Tokayev</div>'],
    ['ARIA searchbox', '<div role="searchbox"><span>Tokayev</span></div>'],
  ])('never highlights text in %s', async (_what, html) => {
    current = setup(`${html}<p>Almaty</p>`);
    current.scanner.enable();
    await current.scanner.whenIdle();
    expect(current.scanner.index.counts()).toEqual({ kazakhstan: 0, tokayev: 0, almaty: 1 });
  });

  it('highlights a contenteditable="false" island outside any editor', async () => {
    current = setup('<div contenteditable="false">Tokayev</div>');
    current.scanner.enable();
    await current.scanner.whenIdle();
    expect(current.scanner.index.counts().tokayev).toBe(1);
  });

  it('keeps counts exact beyond the painted cap', async () => {
    current = setup(`<p>${'Almaty and Tokayev. '.repeat(10)}</p>`, 5);
    current.scanner.enable();
    await current.scanner.whenIdle();
    expect(current.scanner.index.counts()).toEqual({ kazakhstan: 0, tokayev: 10, almaty: 10 });
    expect(current.painter.paintedCount).toBe(5);
  });

  it('finds mentions across the pieces of a huge text node', async () => {
    const filler = 'lorem ipsum '.repeat(2_800); // ~33,600 characters: two pieces
    current = setup(`<pre>${filler}Tokayev ${filler}Almaty ${filler}</pre>`);
    current.scanner.enable();
    await current.scanner.whenIdle();
    expect(current.scanner.index.counts()).toEqual({ kazakhstan: 0, tokayev: 1, almaty: 1 });
    expect(paintedText(current.api.registry)['kc-almaty']).toEqual(['Almaty']);
  });

  it('scans open shadow roots', async () => {
    current = setup('<div id="host"></div>');
    const host = document.getElementById('host') as HTMLElement;
    host
      .attachShadow({ mode: 'open' })
      .append(Object.assign(document.createElement('p'), { textContent: 'Tokayev' }));
    current.scanner.enable();
    await current.scanner.whenIdle();
    expect(current.scanner.index.counts().tokayev).toBe(1);
  });
});

describe('page scanner on a changing page', () => {
  it('follows appended, edited and removed text', async () => {
    current = setup('<main><p id="a">Tokayev</p></main>');
    const { scanner } = current;
    scanner.enable();
    await scanner.whenIdle();

    const added = Object.assign(document.createElement('p'), { textContent: 'Almaty, Almaty' });
    document.querySelector('main')?.append(added);
    await scanner.whenIdle();
    expect(scanner.index.counts()).toEqual({ kazakhstan: 0, tokayev: 1, almaty: 2 });

    const text = document.getElementById('a')?.firstChild as Text;
    text.data = 'Kazakhstan and Tokayev';
    await scanner.whenIdle();
    expect(scanner.index.counts()).toEqual({ kazakhstan: 1, tokayev: 1, almaty: 2 });

    added.remove();
    await scanner.whenIdle();
    expect(scanner.index.counts()).toEqual({ kazakhstan: 1, tokayev: 1, almaty: 0 });
    // Nothing left to show: the name is no longer registered.
    expect(paintedText(current.api.registry)['kc-almaty']).toBeUndefined();
  });

  it('rescans a replaced subtree once when a batch is huge', async () => {
    current = setup('<ul id="list"></ul>');
    const scanner = scannerWith(current, { massMutation: 10 });
    scanner.enable();
    await scanner.whenIdle();
    const list = document.getElementById('list') as HTMLElement;
    for (let i = 0; i < 50; i += 1) {
      list.append(Object.assign(document.createElement('li'), { textContent: `Almaty ${i}` }));
    }
    await scanner.whenIdle();
    expect(scanner.index.counts().almaty).toBe(50);
  });

  it('paints mentions that were over the cap once slots are freed', async () => {
    current = setup('<p id="a">Tokayev Tokayev</p><p id="b">Almaty Almaty</p>', 2);
    const { scanner, painter } = current;
    scanner.enable();
    await scanner.whenIdle();
    expect(paintedText(current.api.registry)['kc-almaty']).toBeUndefined();
    document.getElementById('a')?.remove();
    await scanner.whenIdle();
    expect(painter.paintedCount).toBe(2);
    expect(paintedText(current.api.registry)['kc-almaty']).toEqual(['Almaty', 'Almaty']);
  });

  it('removes every highlight when turned off and finds them again when turned on', async () => {
    current = setup('<p>Tokayev in Almaty</p>');
    const { scanner, api } = current;
    scanner.enable();
    await scanner.whenIdle();
    scanner.disable();
    expect(api.registry.size).toBe(0);
    expect(scanner.index.counts()).toEqual({ kazakhstan: 0, tokayev: 0, almaty: 0 });
    scanner.enable();
    await scanner.whenIdle();
    expect(scanner.index.counts()).toEqual({ kazakhstan: 0, tokayev: 1, almaty: 1 });
  });

  it('cleans up and stops following the page when its signal aborts', async () => {
    current = setup('<p>Tokayev</p>');
    const { scanner, api, controller } = current;
    scanner.enable();
    await scanner.whenIdle();
    controller.abort();
    expect(api.registry.size).toBe(0);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Almaty' }));
    await scanner.whenIdle();
    expect(scanner.index.counts()).toEqual({ kazakhstan: 0, tokayev: 0, almaty: 0 });
  });
});

describe('page scanner: edge cases found in review', () => {
  it('counts a name once when it straddles two pieces of a huge text node', async () => {
    // 32,768 is the piece size: the full name starts 14 characters before the cut.
    const before = 'x '.repeat((32_768 - 14) / 2);
    current = setup(`<pre>${before}Kassym-Jomart Tokayev and more text after it</pre>`);
    current.scanner.enable();
    await current.scanner.whenIdle();
    expect(current.scanner.index.counts().tokayev).toBe(1);
    expect(paintedText(current.api.registry)['kc-tokayev']).toEqual(['Kassym-Jomart Tokayev']);
  });

  it('reports new counts after a batch that only removed text', async () => {
    current = setup('<p id="a">Tokayev</p><p>Almaty</p>');
    const reported: number[] = [];
    const scanner = scannerWith(current, { onCounts: (counts) => reported.push(counts.tokayev) });
    scanner.enable();
    await scanner.whenIdle();
    document.getElementById('a')?.remove();
    await scanner.whenIdle();
    expect(reported).toEqual([1, 0]);
  });

  it('scans once when turned on, off and on again before the first paint', async () => {
    current = setup('<p>Tokayev</p>');
    let finds = 0;
    const counting = {
      ...compiled,
      find: (...args: Parameters<typeof compiled.find>) => {
        finds += 1;
        return compiled.find(...args);
      },
    };
    const scanner = scannerWith(current, { matcher: () => counting });
    scanner.enable();
    scanner.disable();
    scanner.enable();
    await scanner.whenIdle();
    expect(finds).toBe(1);
    expect(scanner.index.counts().tokayev).toBe(1);
  });

  it('rescans shadow roots too when a huge batch spans the page and a shadow root', async () => {
    current = setup('<div id="host"></div><ul id="list"></ul>');
    const shadow = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    const scanner = scannerWith(current, { massMutation: 3 });
    scanner.enable();
    await scanner.whenIdle();
    const list = document.getElementById('list') as HTMLElement;
    for (let i = 0; i < 4; i += 1) {
      list.append(Object.assign(document.createElement('li'), { textContent: 'Almaty' }));
    }
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'Kazakhstan' }));
    await scanner.whenIdle();
    expect(scanner.index.counts()).toEqual({ kazakhstan: 1, tokayev: 0, almaty: 4 });
  });

  describe('with the matcher loaded at the first candidate', () => {
    /** A matcher that arrives only when asked for, after `delay` turns of the event loop. */
    function lateMatcher(fail = false) {
      let loaded = false;
      let loads = 0;
      return {
        get loads() {
          return loads;
        },
        options: {
          matcher: () => (loaded ? compiled : undefined),
          loadMatcher: async () => {
            loads += 1;
            await new Promise((resolve) => setTimeout(resolve, 5));
            if (fail) throw new Error('refused');
            loaded = true;
          },
        } satisfies Partial<ScannerOptions>,
      };
    }

    it('never asks for it on a page that names nobody', async () => {
      current = setup('<p>Astana and Bishkek.</p><p>Nothing here.</p>');
      const late = lateMatcher();
      const scanner = scannerWith(current, late.options);
      scanner.enable();
      await scanner.whenIdle();
      expect(late.loads).toBe(0);
    });

    it('waits for it, then finds every mention, loading it once', async () => {
      current = setup('<p>Tokayev spoke.</p><p>In <i>Almaty</i>.</p><p>Kazakhstan</p>');
      const late = lateMatcher();
      const scanner = scannerWith(current, late.options);
      scanner.enable();
      await scanner.whenIdle();
      expect(late.loads).toBe(1);
      expect(scanner.index.counts()).toEqual({ kazakhstan: 1, tokayev: 1, almaty: 1 });
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'Almaty' }));
      await scanner.whenIdle();
      expect(scanner.index.counts().almaty).toBe(2);
      expect(late.loads).toBe(1);
    });

    it('drops the held work when turned off while loading', async () => {
      current = setup('<p>Tokayev</p>');
      const late = lateMatcher();
      const scanner = scannerWith(current, late.options);
      scanner.enable();
      await new Promise((resolve) => setTimeout(resolve, 1));
      scanner.disable();
      await scanner.whenIdle();
      expect(scanner.index.counts().tokayev).toBe(0);
    });

    it('stops quietly when it cannot be loaded', async () => {
      current = setup('<p>Tokayev</p>');
      const scanner = scannerWith(current, lateMatcher(true).options);
      scanner.enable();
      await scanner.whenIdle();
      expect(scanner.isEnabled).toBe(false);
      expect(scanner.index.counts().tokayev).toBe(0);
    });
  });
});
