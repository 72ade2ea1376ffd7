import type { ExtensionBrowser } from '../harness/extension';
import { longLinePage, type LongLineSpec } from '../fixtures/long-line-pages';

// The page's own clock: every animation frame's time, and whether our highlights were there.
const FRAME_CLOCK = `<script>
window.__frames = [];
const tick = () => { __frames.push([performance.now(), CSS.highlights.size]); requestAnimationFrame(tick); };
requestAnimationFrame(tick);
</script>`;

/** The long-line pages benched: one unwrapped line of 1 MB with 1,000 names. */
export const LONG_LINE_PAGES: ReadonlyMap<string, { html: string; name: string }> = new Map(
  (['pre', 'nowrap'] as const).map((kind) => {
    const spec: LongLineSpec = { kind, chars: 1_000_000, mentions: 1_000 };
    return [`/long-line/${kind}`, { html: longLinePage(spec, FRAME_CLOCK), name: kindName(kind) }];
  }),
);

function kindName(kind: LongLineSpec['kind']): string {
  return kind === 'pre' ? '1 MB <pre> line, 1,000 names' : '1 MB nowrap line, 1,000 names';
}

/** What painting one enormous line cost the page's frames. */
export interface LongLineFigures {
  page: string;
  /** The page's longest gap between animation frames from load until 1.5 s after painting. */
  longestFrameMs: number;
  /** The gap after the frame where our highlights first were registered. */
  frameAfterPaintMs: number;
  /** The longest of ten frames, each after scrolling the line sideways by 3,000 px. */
  longestScrollFrameMs: number;
}

/** Loads a long-line page and reads its frame times (a stall shows as a gap between frames). */
export async function measureLongLine(
  browser: ExtensionBrowser,
  url: string,
  name: string,
): Promise<LongLineFigures> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { timeout: 300_000 });
    await page.waitForFunction('CSS.highlights.size > 0', undefined, { timeout: 300_000 });
    await page.waitForTimeout(1_500);
    const frames = (await page.evaluate('window.__frames')) as [number, number][];
    let longestFrameMs = 0;
    let frameAfterPaintMs = Number.NaN;
    for (let i = 1; i < frames.length; i += 1) {
      const gap = (frames[i]?.[0] ?? 0) - (frames[i - 1]?.[0] ?? 0);
      longestFrameMs = Math.max(longestFrameMs, gap);
      if (Number.isNaN(frameAfterPaintMs) && (frames[i - 1]?.[1] ?? 0) > 0) frameAfterPaintMs = gap;
    }
    const longestScrollFrameMs = Number(
      await page.evaluate(`(async () => {
        const line = document.getElementById('line');
        const scroller = getComputedStyle(line).overflowX === 'auto' ? line : document.scrollingElement;
        let longest = 0;
        for (let i = 0; i < 10; i += 1) {
          scroller.scrollLeft += 3000;
          const start = performance.now();
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          longest = Math.max(longest, performance.now() - start);
        }
        return longest;
      })()`),
    );
    return { page: name, longestFrameMs, frameAfterPaintMs, longestScrollFrameMs };
  } finally {
    await page.close();
  }
}

/** Prints one line per long-line page. */
export function printLongLines(figures: readonly LongLineFigures[]): void {
  console.log(
    '\nLong unwrapped lines (page frames; the stall was Blink painting ranges on one line)',
  );
  for (const f of figures) {
    console.log(
      `  ${f.page.padEnd(34)} frame after painting ${f.frameAfterPaintMs.toFixed(0).padStart(5)} ms, ` +
        `longest frame ${f.longestFrameMs.toFixed(0).padStart(5)} ms, ` +
        `longest scroll frame ${f.longestScrollFrameMs.toFixed(0).padStart(5)} ms`,
    );
  }
}
