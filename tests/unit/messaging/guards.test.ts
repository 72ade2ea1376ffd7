import { describe, expect, it } from 'vitest';
import {
  acceptMessage,
  isFromThisExtension,
  isMessage,
  isNextMentionResult,
  isPageState,
  senderKind,
  type MessageSenderLike,
} from '../../../src/messaging/guards';
import { SENDER_OF, type Message } from '../../../src/messaging/protocol';

const counts = { kazakhstan: 3, tokayev: 0, almaty: 12 };

const valid: [string, Message][] = [
  ['counts', { type: 'kc:counts', counts }],
  ['a state request', { type: 'kc:get-state' }],
  ['next mention of an entity', { type: 'kc:next-mention', entityId: 'almaty' }],
  ['next mention of any entity', { type: 'kc:next-mention', entityId: null }],
  ['the next mention, from a keyboard command', { type: 'kc:step-mention', direction: 'next' }],
  ['the previous mention', { type: 'kc:step-mention', direction: 'previous' }],
  [
    'the source page at a fact',
    { type: 'kc:open-source', factId: 'checkpoints-70', background: false },
  ],
  [
    'the source page behind the tab',
    { type: 'kc:open-source', factId: 'checkpoints-70', background: true },
  ],
  ['the rest of the content script, at a first mention', { type: 'kc:load-parts' }],
];

/** Lookalikes a receiver must ignore. */
const invalid: [string, unknown][] = [
  ['undefined', undefined],
  ['null', null],
  ['a string', 'kc:get-state'],
  ['an array', [{ type: 'kc:get-state' }]],
  ['no type', { counts }],
  ['an unknown type', { type: 'kc:set-state' }],
  ['a type without the prefix', { type: 'get-state' }],
  ['another prefix', { type: 'xx:get-state' }],
  ['a type in upper case', { type: 'KC:GET-STATE' }],
  ['a type padded with spaces', { type: ' kc:get-state' }],
  ['a type that is not a string', { type: ['kc:get-state'] }],
  ['an extra field', { type: 'kc:get-state', tabId: 1 }],
  ['another type’s field', { type: 'kc:get-state', entityId: null }],
  ['counts missing', { type: 'kc:counts' }],
  ['counts as null', { type: 'kc:counts', counts: null }],
  ['counts as an array', { type: 'kc:counts', counts: [3, 0, 12] }],
  ['a count as a string', { type: 'kc:counts', counts: { ...counts, almaty: '12' } }],
  ['a negative count', { type: 'kc:counts', counts: { ...counts, tokayev: -1 } }],
  ['a fractional count', { type: 'kc:counts', counts: { ...counts, tokayev: 1.5 } }],
  ['a NaN count', { type: 'kc:counts', counts: { ...counts, tokayev: Number.NaN } }],
  ['an infinite count', { type: 'kc:counts', counts: { ...counts, tokayev: Infinity } }],
  ['an unsafe count', { type: 'kc:counts', counts: { ...counts, tokayev: 2 ** 53 } }],
  ['a nested count', { type: 'kc:counts', counts: { ...counts, tokayev: { value: 1 } } }],
  ['an entity missing from counts', { type: 'kc:counts', counts: { kazakhstan: 1, almaty: 1 } }],
  ['an unknown entity in counts', { type: 'kc:counts', counts: { ...counts, astana: 1 } }],
  ['counts nested one level deeper', { type: 'kc:counts', counts: { counts } }],
  ['a message nested in a message', { type: 'kc:get-state', message: { type: 'kc:get-state' } }],
  ['entityId missing', { type: 'kc:next-mention' }],
  ['an unknown entity', { type: 'kc:next-mention', entityId: 'astana' }],
  ['an entity in upper case', { type: 'kc:next-mention', entityId: 'Almaty' }],
  ['an entity as a list', { type: 'kc:next-mention', entityId: ['almaty'] }],
  ['an undefined entity', { type: 'kc:next-mention', entityId: undefined }],
  ['a step without direction', { type: 'kc:step-mention' }],
  ['a step sideways', { type: 'kc:step-mention', direction: 'up' }],
  [
    'a source link to a script URL',
    { type: 'kc:open-source', factId: 'javascript:alert(1)', background: false },
  ],
  [
    'a source link to a path',
    { type: 'kc:open-source', factId: '../popup.html', background: false },
  ],
  [
    'a source link to a fact id in upper case',
    { type: 'kc:open-source', factId: 'Checkpoints-70', background: false },
  ],
  [
    'a source link to a fact id with a trailing hyphen',
    { type: 'kc:open-source', factId: 'checkpoints-', background: false },
  ],
  [
    'a source link to an overlong fact id',
    { type: 'kc:open-source', factId: 'a'.repeat(65), background: false },
  ],
  ['a source link to a number', { type: 'kc:open-source', factId: 70, background: false }],
  ['a request for parts with a file named', { type: 'kc:load-parts', file: '/popup.js' }],
  [
    'a source link with a url',
    { type: 'kc:open-source', factId: 'checkpoints-70', background: false, url: 'x' },
  ],
  ['a source link without its tab choice', { type: 'kc:open-source', factId: 'checkpoints-70' }],
  [
    'a source link with a string tab choice',
    { type: 'kc:open-source', factId: 'checkpoints-70', background: 'yes' },
  ],
  ['a __proto__ own key', JSON.parse('{"type":"kc:get-state","__proto__":{"x":1}}')],
  [
    'a __proto__ key in counts',
    JSON.parse(
      `{"type":"kc:counts","counts":${JSON.stringify(counts).replace('{', '{"__proto__":{},')}}`,
    ),
  ],
  ['a type inherited from a prototype', Object.create({ type: 'kc:get-state' })],
  ['a custom prototype', Object.setPrototypeOf({ type: 'kc:get-state' }, { polluted: true })],
  [
    'a getter for type',
    Object.defineProperty({}, 'type', { get: () => 'kc:get-state', enumerable: true }),
  ],
  ['a symbol key', { type: 'kc:get-state', [Symbol('x')]: 1 }],
  [
    'a class instance',
    new (class {
      type = 'kc:get-state';
    })(),
  ],
];

describe('isMessage', () => {
  it('is tested with a valid example of every message type', () => {
    expect(new Set(valid.map(([, message]) => message.type))).toEqual(
      new Set(Object.keys(SENDER_OF)),
    );
  });

  it.each(valid)('accepts %s', (_case, message) => {
    expect(isMessage(message)).toBe(true);
    // As the browser delivers it: cloned through JSON.
    expect(isMessage(JSON.parse(JSON.stringify(message)))).toBe(true);
  });

  it.each(valid)('accepts %s with a null prototype', (_case, message) => {
    expect(isMessage(Object.assign(Object.create(null), message))).toBe(true);
  });

  it.each(invalid)('rejects %s', (_case, value) => {
    expect(isMessage(value)).toBe(false);
  });
});

describe('answers', () => {
  it.each([
    [{ counts, siteKey: 'example.com', enabledOnSite: true }, true],
    [{ counts, siteKey: null, enabledOnSite: false }, true],
    [{ counts, siteKey: 'example.com' }, false],
    [{ counts, siteKey: 1, enabledOnSite: true }, false],
    [{ counts: { ...counts, almaty: -1 }, siteKey: null, enabledOnSite: true }, false],
    [{ counts, siteKey: null, enabledOnSite: 'yes' }, false],
    [{ counts, siteKey: null, enabledOnSite: true, extra: 1 }, false],
  ])('isPageState(%j) is %s', (value, expected) => {
    expect(isPageState(value)).toBe(expected);
  });

  it.each([
    [{ found: true }, true],
    [{ found: false }, true],
    [{ found: 1 }, false],
    [{}, false],
    [null, false],
  ])('isNextMentionResult(%j) is %s', (value, expected) => {
    expect(isNextMentionResult(value)).toBe(expected);
  });
});

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const PAGE = 'https://example.com/news';

const senders: [string, MessageSenderLike | undefined, ReturnType<typeof senderKind>][] = [
  ['our popup', { id: ID, url: `${ORIGIN}/popup.html`, origin: ORIGIN }, 'extension-page'],
  ['our popup, url only (Firefox)', { id: ID, url: `${ORIGIN}/popup.html` }, 'extension-page'],
  [
    'our options page in a tab',
    { id: ID, url: `${ORIGIN}/options.html`, tab: { id: 4 } },
    'extension-page',
  ],
  [
    'our content script',
    { id: ID, url: PAGE, origin: 'https://example.com', tab: { id: 4 } },
    'content-script',
  ],
  ['our content script, url only', { id: ID, url: PAGE, tab: { id: 4 } }, 'content-script'],
  ['our id from a page without a tab', { id: ID, url: PAGE }, null],
  ['our id without any location', { id: ID, tab: { id: 4 } }, null],
  [
    'our id, a page url and our origin',
    { id: ID, url: PAGE, origin: ORIGIN, tab: { id: 4 } },
    null,
  ],
  [
    'another extension’s page',
    { id: 'z'.repeat(32), url: `chrome-extension://${'z'.repeat(32)}/p.html` },
    null,
  ],
  [
    'another extension’s id with our url',
    { id: 'z'.repeat(32), url: `${ORIGIN}/popup.html` },
    null,
  ],
  ['another extension’s content script', { id: 'z'.repeat(32), url: PAGE, tab: { id: 4 } }, null],
  ['a web page (no id)', { url: PAGE, origin: 'https://example.com', tab: { id: 4 } }, null],
  ['a web page claiming our url', { url: `${ORIGIN}/popup.html` }, null],
  [
    'a lookalike origin',
    { id: ID, url: `${ORIGIN}.evil.com/popup.html`, origin: `${ORIGIN}.evil.com` },
    null,
  ],
  ['our origin as a prefix of a longer id', { id: ID, url: `${ORIGIN}x/popup.html` }, null],
  ['no sender', undefined, null],
];

describe('senderKind and isFromThisExtension', () => {
  it.each(senders)('%s', (_case, sender, kind) => {
    expect(senderKind(sender, ID, ORIGIN)).toBe(kind);
    expect(senderKind(sender, ID, `${ORIGIN}/`)).toBe(kind);
    expect(isFromThisExtension(sender, ID, ORIGIN)).toBe(kind !== null);
  });

  it('trusts nobody when the extension id is empty', () => {
    expect(senderKind({ url: `${ORIGIN}/popup.html` }, '', ORIGIN)).toBeNull();
  });
});

describe('acceptMessage', () => {
  const extension = { id: ID, origin: ORIGIN };
  const popup = { id: ID, url: `${ORIGIN}/popup.html` };
  const content = { id: ID, url: PAGE, tab: { id: 4 } };
  const counted: Message = { type: 'kc:counts', counts };
  const request: Message = { type: 'kc:next-mention', entityId: null };

  it.each([
    ['counts from a content script', counted, content, true],
    ['counts from the popup', counted, popup, false],
    ['a request from the popup', request, popup, true],
    ['a request from a content script', request, content, false],
    ['a malformed message from the popup', { type: 'kc:get-state', x: 1 }, popup, false],
    ['a message from a web page', request, { url: PAGE, tab: { id: 4 } }, false],
  ])('%s: accepted %s', (_case, message, sender, accepted) => {
    expect(acceptMessage(message, sender, extension)).toBe(accepted ? message : undefined);
  });
});
