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

  it('stops watching when the lifetime ends, and never starts for one already over', async () => {
    const abort = lifetime();
    const onReplaced = vi.fn();
    watchRootElement(document, abort.signal, onReplaced);
    abort.abort();
    const over = lifetime();
    over.abort();
    watchRootElement(document, over.signal, onReplaced);
    replaceRoot();
    await records();
    expect(onReplaced).not.toHaveBeenCalled();
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

  it('stops when the lifetime ends', async () => {
    const abort = lifetime();
    const add = vi.fn();
    keepListening(document, abort.signal, add);
    abort.abort();
    expect(add.mock.calls[0]?.[0].aborted).toBe(true);
    replaceRoot();
    await records();
    expect(add).toHaveBeenCalledTimes(1);
  });

  it('adds nothing for a lifetime already over', () => {
    const abort = lifetime();
    abort.abort();
    const add = vi.fn();
    keepListening(document, abort.signal, add);
    expect(add).not.toHaveBeenCalled();
  });
});
