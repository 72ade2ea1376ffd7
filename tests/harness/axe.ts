import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { ContentProbe } from './content-probe';

/** axe-core's browser build, injected into the page under test (CDP is not subject to CSP). */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** One rule axe found broken, with the elements it found. */
export interface AxeViolation {
  id: string;
  help: string;
  targets: string[];
}

/** The WCAG 2.x A and AA rules and axe's best practices. */
const RUN_OPTIONS = {
  runOnly: {
    type: 'tag',
    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
  },
  resultTypes: ['violations'],
};

/** Runs axe over an extension page (popup, options, source page). */
export async function axePage(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (options) => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            c: unknown,
            o: unknown,
          ): Promise<{
            violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, options);
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  }, RUN_OPTIONS);
}

/**
 * Runs axe over the open card's markup. Its shadow root is closed, which axe cannot enter, so
 * the card is copied, with its own style sheets, into an open shadow root in the page for the
 * run (in the content script's world, where the closed root is reachable), then removed.
 */
export async function axeCard(probe: ContentProbe): Promise<AxeViolation[]> {
  await probe.runScript(AXE_SOURCE);
  return probe.evaluate<AxeViolation[]>(`(async () => {
    const root = globalThis.__kazakhstanContext.cardRoot();
    const card = root.querySelector('[role="dialog"]');
    const copy = document.createElement('div');
    const shadow = copy.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [...root.adoptedStyleSheets];
    const frame = document.createElement('div');
    frame.className = 'frame';
    frame.style.cssText = 'top: 8px; left: 8px';
    frame.append(card.cloneNode(true));
    shadow.append(frame);
    document.body.append(copy);
    try {
      const result = await axe.run({ include: [copy] }, ${JSON.stringify(RUN_OPTIONS)});
      return result.violations.map((v) => ({
        id: v.id,
        help: v.help,
        targets: v.nodes.map((n) => JSON.stringify(n.target)),
      }));
    } finally {
      copy.remove();
    }
  })()`);
}
