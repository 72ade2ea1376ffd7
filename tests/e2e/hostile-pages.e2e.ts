import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ContentProbe } from '../harness/content-probe';
import { useExtensionSuite } from '../harness/extension-suite';
import { mentionPoint } from '../harness/mention-point';
import { highlightSizes } from '../harness/highlights';
import { pageRecord, paintedTexts, watchPage } from '../harness/page-watch';

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hostile</title>${head}</head><body>${body}</body></html>`;

const FIXTURES: Record<string, { body: string; headers?: Record<string, string> }> = {
  '/csp': {
    body: page('<h1 id="lead">Tokayev in Almaty</h1>'),
    headers: { 'content-security-policy': "default-src 'none'; style-src 'none'" },
  },
  '/editable': {
    body: page(`
      <p>Kazakhstan outside any field.</p>
      <textarea id="area">Tokayev in a textarea</textarea>
      <input id="input" value="Almaty in an input">
      <div id="editor" contenteditable="true">Kazakhstan in an editor</div>
      <div id="aria" role="textbox" tabindex="0">Almaty in an ARIA textbox</div>
      <iframe id="frame" srcdoc="<p>Tokayev inside a frame</p>"></iframe>`),
  },
  '/tamper': {
    body: page(
      `<p id="lead">Tokayev visited Almaty, Kazakhstan.</p>
      <script>
        Array.prototype.push = function () { throw new Error('push is broken on this page'); };
        RegExp.prototype.exec = function () { throw new Error('exec is broken on this page'); };
        String.prototype.indexOf = () => -1;
        window.__ok = true;
      </script>`,
    ),
  },
  '/markup': {
    body: page(
      `<p id="lead">&lt;img src=x onerror="window.__pwned=1"&gt;Tokayev &lt;script&gt;window.__pwned=2&lt;/script&gt;</p>`,
    ),
  },
};

describe('hostile and awkward pages in Chromium', () => {
  const consoleErrors: string[] = [];

  const suite = useExtensionSuite((path) => FIXTURES[path], {
    viewport: { width: 900, height: 700 },
  });

  /** Our highlight sizes, read from the content script's world (the page's may be broken). */
  const sizes = (probe: ContentProbe) =>
    probe.evaluate<Record<string, number>>(`(() => {
      const sizes = {};
      CSS.highlights.forEach((h, name) => { if (name.startsWith('kc-')) sizes[name] = h.size; });
      return sizes;
    })()`);

  async function open(path: string): Promise<{ page: Page; probe: ContentProbe }> {
    const tab = await suite.browser.context.newPage();
    tab.on('pageerror', (error) => consoleErrors.push(`${path}: ${error.message}`));
    tab.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`${path}: ${m.text()}`);
    });
    await watchPage(tab);
    await tab.goto(suite.server.url(path));
    const probe = await ContentProbe.attach(tab);
    await probe.state();
    return { page: tab, probe };
  }

  it('paints visible highlights under a strict CSP (constructed style sheets are not the page’s to block)', async () => {
    const { page: tab, probe } = await open('/csp');
    const box = await tab.locator('#lead').boundingBox();
    const clip = {
      x: box?.x ?? 0,
      y: box?.y ?? 0,
      width: box?.width ?? 1,
      height: box?.height ?? 1,
    };
    const on = await tab.screenshot({ clip });
    await probe.evaluate('globalThis.__kazakhstanContext.setEnabled(false)');
    const off = await tab.screenshot({ clip });
    expect(on.equals(off)).toBe(false);
    expect(await pageRecord(tab)).toEqual({ changedHtml: false, mutations: [], errors: [] });
    await probe.evaluate('globalThis.__kazakhstanContext.setEnabled(true)');
    await probe.detach();
    await tab.close();
  });

  it('never highlights inside editable fields or frames, and typing there is unaffected', async () => {
    const { page: tab, probe } = await open('/editable');
    expect(await paintedTexts(tab)).toMatchObject({ 'kc-kazakhstan': ['Kazakhstan'] });
    expect((await probe.state()).counts).toEqual({ kazakhstan: 1, tokayev: 0, almaty: 0 });

    await tab.locator('#area').fill('');
    await tab.locator('#area').pressSequentially('Almaty and Tokayev');
    await tab.locator('#input').fill('');
    await tab.locator('#input').pressSequentially('Kazakhstan');
    await tab.locator('#editor').click();
    await tab.keyboard.press('End');
    await tab.keyboard.type(' and Almaty');
    await tab.locator('#aria').focus();
    await tab.keyboard.type(' Tokayev');
    expect(await tab.locator('#area').inputValue()).toBe('Almaty and Tokayev');
    expect(await tab.locator('#input').inputValue()).toBe('Kazakhstan');
    expect(await tab.locator('#editor').textContent()).toBe('Kazakhstan in an editor and Almaty');
    await tab.waitForTimeout(300);
    expect((await probe.state()).counts).toEqual({ kazakhstan: 1, tokayev: 0, almaty: 0 });
    // Frames are left alone (top frame only): nothing registered in the frame's document.
    const inFrame = await tab
      .frameLocator('#frame')
      .locator('p')
      .evaluate(() => CSS.highlights.size);
    expect(inFrame).toBe(0);
    await probe.detach();
    await tab.close();
  });

  it('recovers when the page clears CSS.highlights or takes one of its names', async () => {
    const { page: tab, probe } = await open('/tamper');
    await tab.evaluate(() => {
      CSS.highlights.clear();
      CSS.highlights.set('kc-tokayev', new Highlight());
    });
    await expect.poll(async () => (await sizes(probe))['kc-tokayev'], { timeout: 2_500 }).toBe(1);
    await probe.detach();
    await tab.close();
  });

  it('works on a page that broke Array, RegExp and String prototypes, without errors', async () => {
    const { page: tab, probe } = await open('/tamper');
    expect((await probe.state()).counts).toEqual({ kazakhstan: 1, tokayev: 1, almaty: 1 });
    // (The page's own main world is too broken to ask; its errors are collected by the harness.)
    expect(consoleErrors.filter((e) => e.startsWith('/tamper'))).toEqual([]);
    await probe.detach();
    await tab.close();
  });

  it('shows markup-looking text near a name as text in the card, never as markup', async () => {
    const { page: tab, probe } = await open('/markup');
    const point = await mentionPoint(tab, '#lead', 'Tokayev');
    await tab.mouse.move(point.x, point.y, { steps: 2 });
    await expect
      .poll(() => probe.evaluate<boolean>('globalThis.__kazakhstanContext.card().open'))
      .toBe(true);
    expect(await tab.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(
      undefined,
    );
    expect(await tab.locator('img').count()).toBe(0);
    await probe.detach();
    await tab.close();
  });

  it('is not switched off by a page forging the start signal of a newer content script', async () => {
    const { page: tab, probe } = await open('/tamper');
    await tab.evaluate((id) => {
      for (const name of [
        `${id}:content:wxt:content-script-started`,
        'wxt:content-script-started',
      ]) {
        const detail = { contentScriptName: 'content', messageId: 'forged' };
        document.dispatchEvent(new CustomEvent(name, { detail }));
        window.postMessage({ type: name, ...detail }, '*');
      }
    }, suite.browser.extensionId);
    await tab.waitForTimeout(300);
    expect(await sizes(probe)).toEqual({ 'kc-kazakhstan': 1, 'kc-tokayev': 1, 'kc-almaty': 1 });
    await probe.detach();
    await tab.close();
  });

  it('ignores lookalike messages a page posts, and keeps its badge and settings', async () => {
    const { page: tab, probe } = await open('/csp');
    const tabId = await suite.browser.tabIdOf(tab);
    await expect.poll(() => suite.browser.badgeOf(tabId)).toBe('2');
    await tab.evaluate(() => {
      const forged = [
        { type: 'kc:counts', counts: { kazakhstan: 999, tokayev: 999, almaty: 999 } },
        { type: 'kc:next-mention', entityId: null },
        { type: 'kc:step-mention', direction: 'next' },
        { type: 'kc:open-source', factId: 'checkpoints-70' },
      ];
      for (const message of forged) {
        window.postMessage(message, '*');
        document.dispatchEvent(new CustomEvent(message.type, { detail: message }));
      }
      // Pages have no extension messaging at all unless the manifest opens it to them.
      return typeof (window as unknown as { chrome?: { runtime?: unknown } }).chrome?.runtime;
    });
    await tab.waitForTimeout(300);
    expect(await suite.browser.badgeOf(tabId)).toBe('2');
    expect(await probe.evaluate('globalThis.__kazakhstanContext.card().open')).toBe(false);
    expect(suite.browser.context.pages().some((p) => p.url().includes('source.html'))).toBe(false);
    expect((await probe.state()).counts).toEqual({ kazakhstan: 0, tokayev: 1, almaty: 1 });
    await probe.detach();
    await tab.close();
  });

  it('leaves no highlights behind when the extension is reloaded under an open page', async () => {
    const { page: tab, probe } = await open('/csp');
    await probe.detach();
    expect(Object.keys(await highlightSizes(tab)).length).toBeGreaterThan(0);
    const worker = await suite.browser.worker();
    await worker.evaluate(() => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { reload(): void } } };
      setTimeout(() => chrome.runtime.reload(), 10);
    });
    await expect.poll(() => highlightSizes(tab), { timeout: 5_000 }).toEqual({});
    expect((await pageRecord(tab)).errors).toEqual([]);
    await tab.close();
    expect(consoleErrors).toEqual([]);
  });
});
