import { describe, expect, it, vi } from 'vitest';
import { asReader } from '../../dom/card/reader-events';
import { cardProbe } from '../../../src/debug/card-probe';
import { compileMatcher } from '../../../src/matching/compile-matcher';
import {
  createPartsLoader,
  deliverMentionParts,
  whenShown,
  type MentionParts,
} from '../../../src/content/mention-parts';

const parts: MentionParts = {
  matcher: compileMatcher([]),
  createCard: () => {
    throw new Error('not in this test');
  },
  createLongLines: () => {
    throw new Error('not in this test');
  },
  cardProbe,
  createPainter: () => {
    throw new Error('not in this test');
  },
};

/** A background that injects the parts (delivering them) or refuses, as told. */
function background(global: object, answer: 'inject' | 'refuse' | 'lose' | 'throw') {
  return vi.fn(async () => {
    if (answer === 'throw') throw new Error('Receiving end does not exist');
    if (answer === 'inject') deliverMentionParts(global, parts);
    return answer !== 'refuse';
  });
}

describe('mention parts', () => {
  it('has nothing before it is asked to load, and asks nobody', () => {
    const global = {};
    const request = background(global, 'inject');
    const loader = createPartsLoader(global, request);
    expect(loader.ready()).toBeUndefined();
    expect(request).not.toHaveBeenCalled();
  });

  it('loads once however often it is asked, then has the parts at once', async () => {
    const global = {};
    const request = background(global, 'inject');
    const loader = createPartsLoader(global, request);
    const [a, b] = await Promise.all([loader.load(), loader.load()]);
    expect(a).toBe(parts);
    expect(b).toBe(parts);
    expect(loader.ready()).toBe(parts);
    await loader.load();
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('leaves no receiver behind once the parts arrived', async () => {
    const global = {};
    await createPartsLoader(global, background(global, 'inject')).load();
    expect(Reflect.ownKeys(global)).toEqual([]);
    expect(deliverMentionParts(global, parts)).toBe(false);
  });

  it.each(['refuse', 'lose', 'throw'] as const)(
    'rejects when the background answers %s, and asks again next time',
    async (answer) => {
      const global = {};
      const request = background(global, answer);
      const loader = createPartsLoader(global, request);
      await expect(loader.load()).rejects.toThrow(/not loaded/);
      expect(loader.ready()).toBeUndefined();
      expect(Reflect.ownKeys(global)).toEqual([]);
      await expect(loader.load()).rejects.toThrow();
      expect(request).toHaveBeenCalledTimes(2);
    },
  );

  it('tells the injected script its parts were taken', () => {
    const taken: MentionParts[] = [];
    const global = { kazakhstanContextReceiveParts: (given: MentionParts) => taken.push(given) };
    expect(deliverMentionParts(global, parts)).toBe(true);
    expect(taken).toEqual([parts]);
  });

  it('tells the injected script when nobody waits for its parts', () => {
    expect(deliverMentionParts({}, parts)).toBe(false);
    expect(deliverMentionParts({ kazakhstanContextReceiveParts: 'not a function' }, parts)).toBe(
      false,
    );
  });
});

describe('a prerendered page', () => {
  it('asks for the parts only once the reader navigates to it', async () => {
    const events = new EventTarget();
    const doc = Object.assign(events, { prerendering: true }) as unknown as Document & {
      prerendering: boolean;
    };
    let shown = false;
    const waiting = whenShown(doc).then(() => (shown = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(shown).toBe(false);
    doc.prerendering = false;
    events.dispatchEvent(asReader(new Event('prerenderingchange')));
    await waiting;
    expect(shown).toBe(true);
  });

  it('does not wait on a page that is shown', async () => {
    const doc = Object.assign(new EventTarget(), { prerendering: false }) as unknown as Document;
    await expect(whenShown(doc)).resolves.toBeUndefined();
  });
});
