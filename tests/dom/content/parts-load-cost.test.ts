import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { restoreIntl, watchIntl } from '../../harness/intl-watch';

const OUR_SOURCES = `${process.cwd()}/src/`;

/** Records every Intl date or number formatter built by our code. */
function watchFormatters(): string[] {
  const built: string[] = [];
  for (const name of ['DateTimeFormat', 'NumberFormat'] as const) {
    // Ours only: the test environment's own modules build some while they load.
    watchIntl(name, () => {
      if (new Error().stack?.includes(OUR_SOURCES)) built.push(name);
    });
  }
  return built;
}

describe('loading the parts a page with a mention gets', () => {
  let built: string[] = [];
  let builtByLoading: string[] = [];

  // Loaded before the test, as a page loads them: the code that runs while the modules load is
  // then no test's own (mutation testing treats it as code every test runs).
  beforeAll(async () => {
    built = watchFormatters();
    vi.resetModules();
    // What entrypoints/mention-parts.ts loads and runs.
    const { bundledMatcher } = await import('@/src/matching/bundled-matcher');
    await import('@/src/card/card-controller');
    bundledMatcher().find('Tokayev said in Almaty');
    builtByLoading = [...built];
  }, 30_000); // a fresh import of the whole parts takes seconds on a busy machine
  afterAll(restoreIntl);

  it('builds no date or number formatter before a card is shown (the first costs ~50 ms)', async () => {
    expect(builtByLoading).toEqual([]);
    // The words are there when asked for.
    const { WORDING } = await import('@/src/dossier/wording');
    expect(WORDING.dateline).toContain('2022');
    expect(built).toContain('DateTimeFormat');
  });
});
