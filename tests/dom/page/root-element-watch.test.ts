import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepListening, renewableListeners, watchRootElement } from '@/src/page/root-element-watch';

const controllers: AbortController[] = [];
const originalRoot = document.documentElement;
afterEach(() => {
  controllers.splice(0).forEach((c) => c.abort());
  if (document.documentElement !== originalRoot) {
    document.documentElement.remove();
    document.append(originalRoot);
  }
});

function lifetime() {
  const abort = new AbortController();
  controllers.push(abort);
  return abort;
}

/** A page script replacing the whole `<html>` (as `document.open()` and `write` do). */
function replaceRoot() {
  document.documentElement.remove();
  document.append(document.createElement('html'));
}

/** Lets the MutationObserver callbacks run. */
const records = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('renewable listeners', () => {
  it('adds the listeners at each renewal, and removes the ones added before', () => {
    const abort = lifetime();
    const target = new EventTarget();
    const heard = vi.fn();
    const renew = renewableListeners(abort.signal, (signal) =>
      target.addEventListener('ping', heard, { signal }),
    );
    target.dispatchEvent(new Event('ping'));
    expect(heard).not.toHaveBeenCalled(); // nothing added before the first renewal
    renew();
    renew();
    target.dispatchEvent(new Event('ping'));
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('removes them when the lifetime ends, and adds none after', () => {
    const abort = lifetime();
    const target = new EventTarget();
    const heard = vi.fn();
    const add = vi.fn((signal: AbortSignal) => target.addEventListener('ping', heard, { signal }));
    const renew = renewableListeners(abort.signal, add);
    renew();
    abort.abort();
    renew();
    target.dispatchEvent(new Event('ping'));
    expect(heard).not.toHaveBeenCalled();
    expect(add).toHaveBeenCalledTimes(1);
  });
});

describe('listening through rewritten documents', () => {
  it('tells of each new root element, not of other changes to the document', async () => {
    const onReplaced = vi.fn();
    watchRootElement(document, lifetime().signal, onReplaced);
    document.body.append(document.createElement('p'));
    document.appendChild(document.createComment('after the root'));
    await records();
    expect(onReplaced).not.toHaveBeenCalled();
    replaceRoot();
    await records();
    expect(onReplaced).toHaveBeenCalledTimes(1);
  });

  it('tells of the same root element taken out and put back (document.open() erased everything)', async () => {
    const onReplaced = vi.fn();
    watchRootElement(document, lifetime().signal, onReplaced);
    const root = document.documentElement;
    root.remove();
    await records();
    expect(onReplaced).not.toHaveBeenCalled(); // no root yet
    document.append(root);
    await records();
    expect(onReplaced).toHaveBeenCalledTimes(1);
    root.remove();
    document.append(root); // in one batch
    await records();
    expect(onReplaced).toHaveBeenCalledTimes(2);
  });

  it('adds the listeners again after the root element is replaced, once each', async () => {
    const add = vi.fn((signal: AbortSignal) =>
      document.addEventListener('selectionchange', heard, { signal }),
    );
    const heard = vi.fn();
    keepListening(document, lifetime().signal, add);
    expect(add).toHaveBeenCalledTimes(1);
    replaceRoot();
    await records();
    expect(add).toHaveBeenCalledTimes(2);
    // The first listeners were not erased here (no document.open): they went at the renewal.
    expect(add.mock.calls[0]?.[0].aborted).toBe(true);
    expect(add.mock.calls[1]?.[0].aborted).toBe(false);
    document.dispatchEvent(new Event('selectionchange'));
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it.each([
    [
      'the root watch',
      (signal: AbortSignal, spy: () => void) => watchRootElement(document, signal, spy),
      0,
    ],
    [
      'kept listeners',
      (signal: AbortSignal, spy: () => void) => keepListening(document, signal, spy),
      1,
    ],
  ])(
    '%s: stop when the lifetime ends, and never start for one already over',
    async (_name, start, calls) => {
      const abort = lifetime();
      const spy = vi.fn();
      start(abort.signal, spy);
      abort.abort();
      const over = lifetime();
      over.abort();
      start(over.signal, spy);
      replaceRoot();
      await records();
      // Kept listeners were added once, for the first lifetime, and went with it.
      expect(spy).toHaveBeenCalledTimes(calls);
      for (const [signal] of spy.mock.calls as unknown as [AbortSignal][]) {
        expect(signal.aborted).toBe(true);
      }
    },
  );
});
