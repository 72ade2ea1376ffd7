import { afterEach, describe, expect, it } from 'vitest';
import { LateShadowRoots, MAX_WATCHED_HOSTS } from '../../../src/page/late-shadow-roots';

const win = window as unknown as Window & typeof globalThis;
let late: LateShadowRoots | undefined;
afterEach(() => late?.clear());

function watching(count = 1) {
  const found: ShadowRoot[] = [];
  late = new LateShadowRoots(win, (root) => found.push(root));
  const hosts = Array.from({ length: count }, () =>
    document.body.appendChild(document.createElement('kc-host')),
  );
  for (const host of hosts) late.watch(host);
  return { found, hosts, late };
}

describe('shadow roots attached after the walk', () => {
  it('reports a root attached later, once, and lets its host go', () => {
    const { found, hosts, late } = watching();
    late.check();
    expect(found).toEqual([]);
    const root = hosts[0]!.attachShadow({ mode: 'open' });
    late.check();
    late.check();
    expect(found).toEqual([root]);
    expect(late.size).toBe(0);
  });

  it('lets a host that left the page go without reporting it', () => {
    const { found, hosts, late } = watching();
    hosts[0]!.remove();
    late.check();
    expect([found, late.size]).toEqual([[], 0]);
  });

  it('checks again on its own a little later', async () => {
    const { found, hosts } = watching();
    const root = hosts[0]!.attachShadow({ mode: 'open' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(found).toEqual([root]);
  });

  it('watches a bounded number of hosts', () => {
    const { late } = watching(MAX_WATCHED_HOSTS + 5);
    expect(late.size).toBe(MAX_WATCHED_HOSTS);
  });
});
