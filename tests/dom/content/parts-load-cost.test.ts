import { afterEach, describe, expect, it, vi } from 'vitest';

const originals = { DateTimeFormat: Intl.DateTimeFormat, NumberFormat: Intl.NumberFormat };

const OUR_SOURCES = `${process.cwd()}/src/`;

/**
 * Records every `new Intl.DateTimeFormat(…)` and `new Intl.NumberFormat(…)` made by our code,
 * building the real thing.
 */
function watchFormatters(): string[] {
  const built: string[] = [];
  for (const name of ['DateTimeFormat', 'NumberFormat'] as const) {
    const watched = new Proxy(originals[name], {
      construct(target, args: unknown[]) {
        // Ours only: the test environment's own modules build some while they load.
        if (new Error().stack?.includes(OUR_SOURCES)) built.push(name);
        return Reflect.construct(target, args) as object;
      },
    });
    Object.defineProperty(Intl, name, { value: watched, configurable: true, writable: true });
  }
  return built;
}

describe('loading the parts a page with a mention gets', () => {
  afterEach(() => {
    for (const name of ['DateTimeFormat', 'NumberFormat'] as const)
      Object.defineProperty(Intl, name, {
        value: originals[name],
        configurable: true,
        writable: true,
      });
  });

  it('builds no date or number formatter before a card is shown (the first costs ~50 ms)', async () => {
    const built = watchFormatters();
    vi.resetModules();
    // What entrypoints/mention-parts.ts loads and runs.
    const { bundledMatcher } = await import('@/src/matching/bundled-matcher');
    await import('@/src/card/card-controller');
    bundledMatcher().find('Tokayev said in Almaty');
    expect(built).toEqual([]);
    // The words are there when asked for.
    const { WORDING } = await import('@/src/dossier/wording');
    expect(WORDING.dateline).toContain('2022');
    expect(built).toContain('DateTimeFormat');
  });
});
