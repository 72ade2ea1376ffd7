import { describe, expect, it } from 'vitest';
import { answerPageRequests, type RuntimeLike } from '../../../src/content/page-requests';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const state = {
  counts: { kazakhstan: 1, tokayev: 2, almaty: 3 },
  siteKey: 'a.com',
  enabledOnSite: true,
};

function setup() {
  let listener: ((m: unknown, s: object) => Promise<unknown> | undefined) | undefined;
  const runtime: RuntimeLike = {
    id: ID,
    getURL: (path) => `${ORIGIN}${path}`,
    onMessage: {
      addListener: (fn) => {
        listener = fn;
      },
      removeListener: (fn) => {
        if (listener === fn) listener = undefined;
      },
    },
  };
  const controller = new AbortController();
  answerPageRequests(
    runtime,
    {
      getState: () => state,
      nextMention: (entityId) => ({ found: entityId !== 'almaty' }),
      stepMention: (direction) => ({ found: direction === 'next' }),
    },
    controller.signal,
  );
  const send = (message: unknown, sender: object) => listener?.(message, sender);
  return { send, controller, listening: () => listener !== undefined };
}

const popup = { id: ID, url: `${ORIGIN}/popup.html` };

describe('content script: answering the popup', () => {
  it('answers get-state and next-mention from our popup', async () => {
    const { send } = setup();
    await expect(send({ type: 'kc:get-state' }, popup)).resolves.toEqual(state);
    await expect(send({ type: 'kc:next-mention', entityId: 'almaty' }, popup)).resolves.toEqual({
      found: false,
    });
    const worker = { id: ID, url: `${ORIGIN}/background.js` };
    await expect(send({ type: 'kc:step-mention', direction: 'next' }, worker)).resolves.toEqual({
      found: true,
    });
  });

  it.each([
    [
      'another extension',
      { id: 'ponmlkjihgfedcbaponmlkjihgfedcba', url: 'chrome-extension://x/p.html' },
    ],
    ['a web page', { url: 'https://evil.example/', tab: { id: 1 } }],
    ['a content script (not allowed to ask)', { id: ID, url: 'https://a.com/', tab: { id: 1 } }],
  ])('ignores requests from %s', (_who, sender) => {
    const { send } = setup();
    expect(send({ type: 'kc:get-state' }, sender)).toBeUndefined();
  });

  it.each([
    { type: 'kc:get-state', extra: 1 },
    { type: 'kc:next-mention', entityId: 'nursultan' },
    { type: 'kc:next-mention' },
    { type: 'get-state' },
    'kc:get-state',
    null,
  ])('ignores the malformed message %j', (message) => {
    const { send } = setup();
    expect(send(message, popup)).toBeUndefined();
  });

  it('stops listening when its signal aborts', () => {
    const { controller, listening } = setup();
    controller.abort();
    expect(listening()).toBe(false);
  });
});
