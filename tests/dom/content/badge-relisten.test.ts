import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBadgeReport } from '@/src/content/badge-report';
import type { EntityCounts } from '@/src/messaging/protocol';
import { asReader } from '../card/reader-events';

const counts: EntityCounts = { kazakhstan: 2, tokayev: 1, almaty: 0 };
const controllers: AbortController[] = [];
afterEach(() => controllers.splice(0).forEach((c) => c.abort()));

/** A window and document whose listeners can be erased, as `document.open()` erases them. */
function erasable() {
  let win = new EventTarget();
  let doc = new EventTarget();
  /** Every listener added, to the window or the document. */
  const added = vi.fn();
  const proxy = <T extends EventTarget>(get: () => T) =>
    ({
      addEventListener: (...args: Parameters<EventTarget['addEventListener']>) => {
        added(args[0]);
        get().addEventListener(...args);
      },
    }) as unknown as T;
  return {
    added,
    win: proxy(() => win),
    doc: proxy(() => doc),
    erase() {
      win = new EventTarget();
      doc = new EventTarget();
    },
    show() {
      const event = Object.defineProperty(new Event('pageshow'), 'persisted', { value: true });
      win.dispatchEvent(asReader(event));
    },
  };
}

function setup() {
  const abort = new AbortController();
  controllers.push(abort);
  const page = erasable();
  const send = vi.fn();
  const badge = createBadgeReport({ win: page.win, doc: page.doc, signal: abort.signal, send });
  return { badge, send, page, abort };
}

describe('the badge report of a rewritten document', () => {
  it('still sends the counts again from the back/forward cache once told to listen again', () => {
    const { badge, send, page } = setup();
    badge.report(counts);
    page.erase(); // document.open()
    page.show();
    expect(send).toHaveBeenCalledTimes(1); // the erased listener heard nothing
    badge.relisten();
    page.show();
    expect(send).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenLastCalledWith(counts);
  });

  it('listens once, not twice, when its listeners were not erased', () => {
    const { badge, send, page } = setup();
    badge.report(counts);
    badge.relisten();
    badge.relisten();
    page.show();
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('adds no listener before the first report, nor once the extension has gone', () => {
    const { badge, send, page, abort } = setup();
    badge.relisten();
    expect(page.added).not.toHaveBeenCalled();
    badge.report(counts);
    expect(page.added.mock.calls).toEqual([['pageshow'], ['prerenderingchange']]);
    abort.abort();
    badge.relisten();
    page.show();
    expect(page.added).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenCalledTimes(1);
  });
});
