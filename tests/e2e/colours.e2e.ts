import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ContentProbe } from '../harness/content-probe';
import { contrast, over, parseColour } from '../harness/contrast';
import { useExtensionSuite } from '../harness/extension-suite';
import { storeSettings } from '../harness/extension-state';
import { waitForHighlights } from '../harness/highlights';
import { mentionPoint } from '../harness/mention-point';

/** Pages to read the highlights on: light, the usual dark, and black, with their body text. */
const PAGES = [
  { name: 'white', background: '#ffffff', text: '#333333' },
  { name: '#121212', background: '#121212', text: '#e0e0e0' },
  { name: 'black', background: '#000000', text: '#bbbbbb' },
] as const;

const NAMES = ['kazakhstan', 'tokayev', 'almaty'] as const;

const page = (background: string, text: string) => `<!doctype html><html lang="en">
<meta charset="utf-8"><title>colours</title>
<style>body { background: ${background}; color: ${text}; font: 18px/1.6 serif; }
a { color: #0000ee; }</style>
<body><p id="p">Kazakhstan, Tokayev and Almaty; <a href="#">a link</a>.</p></body></html>`;

/** What the browser computes for our `::highlight()` rules on the paragraph. */
interface HighlightStyle {
  backgroundColor: string;
  color: string;
  textDecorationLine: string;
  textDecorationStyle: string;
  textDecorationColor: string;
}

const highlightStyle = (tab: Page, name: string) =>
  tab.evaluate((highlight) => {
    const style = getComputedStyle(
      document.getElementById('p') as Element,
      `::highlight(${highlight})`,
    );
    return {
      backgroundColor: style.backgroundColor,
      color: style.color,
      textDecorationLine: style.textDecorationLine,
      textDecorationStyle: style.textDecorationStyle,
      textDecorationColor: style.textDecorationColor,
    };
  }, name) as Promise<HighlightStyle>;

describe('colours, computed by Chromium from the shipped CSS', () => {
  const suite = useExtensionSuite(
    (path) => {
      const found = PAGES.find((p) => path === `/${p.background.slice(1)}`);
      return found ? { body: page(found.background, found.text) } : undefined;
    },
    { viewport: { width: 900, height: 600 } },
  );

  async function open(name: string, style: 'background' | 'underline' | 'both' = 'background') {
    await storeSettings(suite.browser, { version: 1, highlightStyle: style });
    const tab = await suite.browser.context.newPage();
    const found = PAGES.find((p) => p.name === name) ?? PAGES[0];
    await tab.goto(suite.server.url(`/${found.background.slice(1)}`));
    await waitForHighlights(tab);
    return tab;
  }

  const table = PAGES.flatMap((p) => NAMES.map((name) => [p.name, name, p] as const));

  it.each(table)('on a %s page, text highlighted as %s keeps 4.5:1', async (_page, name, p) => {
    const tab = await open(p.name);
    const { backgroundColor } = await highlightStyle(tab, `kc-${name}`);
    const tint = over(parseColour(backgroundColor), parseColour(p.background));
    const ratio = contrast(parseColour(p.text), tint);
    console.log(`contrast: ${name} on ${p.name} with ${p.text} text: ${ratio.toFixed(2)}:1`);
    expect(ratio).toBeGreaterThanOrEqual(4.5);
    // A highlight that is there at all: the tint differs from the page.
    expect(contrast(tint, parseColour(p.background))).toBeGreaterThan(1.1);
    await tab.close();
  });

  it.each(PAGES.map((p) => [p.name, p] as const))(
    'on a %s page, the hovered mention keeps 4.5:1 with its own text colour',
    async (_name, p) => {
      const tab = await open(p.name);
      // Hover, so the active highlight is the one painted.
      const probe = await ContentProbe.attach(tab);
      await probe.state();
      const point = await mentionPoint(tab, '#p', 'Tokayev');
      await tab.mouse.move(point.x, point.y);
      const style = await highlightStyle(tab, 'kc-active');
      const fill = over(parseColour(style.backgroundColor), parseColour(p.background));
      const ratio = contrast(parseColour(style.color), fill);
      console.log(`contrast: active on ${p.name}: ${ratio.toFixed(2)}:1`);
      expect(ratio).toBeGreaterThanOrEqual(4.5);
      await probe.detach();
      await tab.close();
    },
  );

  it.each(table)(
    'on a %s page, the %s underline keeps 3:1 and is not a link’s',
    async (_page, name, p) => {
      const tab = await open(p.name, 'underline');
      const style = await highlightStyle(tab, `kc-${name}-underline`);
      expect(style.textDecorationLine).toBe('underline');
      const ratio = contrast(parseColour(style.textDecorationColor), parseColour(p.background));
      console.log(`contrast: ${name} underline on ${p.name}: ${ratio.toFixed(2)}:1`);
      expect(ratio).toBeGreaterThanOrEqual(3);
      const link = await tab.evaluate(
        () => getComputedStyle(document.querySelector('a') as Element).textDecorationStyle,
      );
      expect(style.textDecorationStyle).not.toBe(link);
      expect(style.textDecorationStyle).toBe('dotted');
      await tab.close();
    },
  );

  it.each(['light', 'dark'] as const)(
    'in the %s card, the focus ring and the buttons’ edges keep 3:1 against the card',
    async (scheme) => {
      const tab = await open('white');
      await tab.emulateMedia({ colorScheme: scheme });
      const probe = await ContentProbe.attach(tab);
      await probe.state();
      const point = await mentionPoint(tab, '#p', 'Almaty');
      await tab.mouse.move(point.x, point.y);
      await expect
        .poll(() => probe.evaluate<boolean>('globalThis.__kazakhstanContext.card().open'))
        .toBe(true);
      const colours = await probe.evaluate<{
        card: string;
        focus: string;
        edge: string;
        text: string;
        muted: string;
        link: string;
      }>(`(() => {
        const root = globalThis.__kazakhstanContext.cardRoot();
        const card = root.querySelector('[role="dialog"]');
        const style = getComputedStyle(card);
        const button = getComputedStyle(root.querySelector('.actions button'));
        return {
          card: style.backgroundColor,
          focus: style.getPropertyValue('--focus'),
          edge: button.borderTopColor,
          text: style.color,
          muted: getComputedStyle(root.querySelector('.dateline')).color,
          link: getComputedStyle(root.querySelector('.descriptor a')).color,
        };
      })()`);
      const card = parseColour(colours.card);
      const ratios = ['focus', 'edge', 'text', 'muted', 'link'].map(
        (key) =>
          `${key} ${contrast(parseColour(colours[key as keyof typeof colours]), card).toFixed(2)}`,
      );
      console.log(`contrast: ${scheme} card: ${ratios.join(', ')}`);
      expect(contrast(parseColour(colours.focus), card)).toBeGreaterThanOrEqual(3);
      expect(contrast(parseColour(colours.edge), card)).toBeGreaterThanOrEqual(3);
      expect(contrast(parseColour(colours.text), card)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(parseColour(colours.muted), card)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(parseColour(colours.link), card)).toBeGreaterThanOrEqual(4.5);
      await probe.detach();
      await tab.close();
    },
  );
});
