// The edges of what receivers accept: fields that are getters, fact ids at their limits, and
// senders whose locations or whose extension origin are not what they should be.
import { describe, expect, it } from 'vitest';
import { acceptMessage, isMessage, senderKind } from '../../../src/messaging/guards';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const POPUP = `${ORIGIN}/popup.html`;

describe('message fields', () => {
  it('refuses a field given as a getter, which could answer differently each time it is read', () => {
    const message = { type: 'kc:open-source', background: false } as Record<string, unknown>;
    Object.defineProperty(message, 'factId', { get: () => 'checkpoints-70', enumerable: true });
    expect(isMessage(message)).toBe(false);
    expect(isMessage({ type: 'kc:open-source', factId: 'checkpoints-70', background: false })).toBe(
      true,
    );
  });

  it.each([
    ['a one-word fact id', 'checkpoints', true],
    ['a fact id of three words', 'killed-in-almaty', true],
    ['a fact id of exactly 64 characters', `a-${'b'.repeat(62)}`, true],
    ['a fact id of 65 characters', `a-${'b'.repeat(63)}`, false],
  ])('takes %s: %s', (_what, factId, accepted) => {
    expect(isMessage({ type: 'kc:open-source', factId, background: false })).toBe(accepted);
  });
});

describe('senders at the edges', () => {
  it('reads an extension base URL with several trailing slashes as its origin', () => {
    expect(senderKind({ id: ID, url: POPUP, origin: ORIGIN }, ID, `${ORIGIN}//`)).toBe(
      'extension-page',
    );
  });

  it.each([
    ['a url that is no string', { id: ID, url: 42 }],
    ['an origin that is no string beside our url', { id: ID, url: POPUP, origin: 42 }],
    ['a url that is no string beside our origin', { id: ID, url: null, origin: ORIGIN }],
  ])('refuses %s', (_what, sender) => {
    expect(senderKind(sender as never, ID, ORIGIN)).toBeNull();
  });

  it('trusts no sender when the extension origin it is given has no scheme', () => {
    expect(senderKind({ id: ID, url: '/popup.html' }, ID, '')).toBeNull();
    expect(senderKind({ id: ID, url: `${ID}/popup.html` }, ID, ID)).toBeNull();
    expect(
      acceptMessage(
        { type: 'kc:get-state' },
        { id: ID, url: '/popup.html' },
        { id: ID, origin: '/' },
      ),
    ).toBeUndefined();
  });
});
