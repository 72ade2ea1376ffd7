import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBadgeReport } from '@/src/content/badge-report';
import type { EntityCounts } from '@/src/messaging/protocol';
import { asReader } from '../card/reader-events';

const counts = (kazakhstan: number): EntityCounts => ({ kazakhstan, tokayev: 0, almaty: 0 });

/** A document that says whether it is prerendering, as Chrome's does. */
function prerenderingDocument(prerendering: boolean) {
  const target = new EventTarget();
  return Object.assign(target, { prerendering }) as EventTarget & { prerendering: boolean };
}

const controllers: AbortController[] = [];
afterEach(() => controllers.splice(0).forEach((c) => c.abort()));

function setup(prerendering = false) {
  const abort = new AbortController();
  controllers.push(abort);
  const doc = prerenderingDocument(prerendering);
  const send = vi.fn();
  const badge = createBadgeReport({ win: window, doc, signal: abort.signal, send });
  return { badge, send, doc, abort };
}

const pageshow = (persisted: boolean, reader = true) => {
  // happy-dom's PageTransitionEvent leaves `persisted` false whatever the init says.
  const event = Object.defineProperty(new Event('pageshow'), 'persisted', { value: persisted });
  window.dispatchEvent(reader ? asReader(event) : event);
};

describe('the badge report of a page', () => {
  it('sends each change of the counts', () => {
    const { badge, send } = setup();
    badge.report(counts(2));
    badge.report(counts(3));
    expect(send.mock.calls).toEqual([[counts(2)], [counts(3)]]);
  });

  it.each([
    ['shown again from the back/forward cache', 'again', () => pageshow(true), 2],
    ['a first show (not from the cache)', 'not again', () => pageshow(false), 1],
    ['a "pageshow" a page script made up', 'not again', () => pageshow(true, false), 1],
  ])('on %s, sends the last counts %s', (_case, _again, event, times) => {
    const { badge, send } = setup();
    badge.report(counts(5));
    event();
    expect(send).toHaveBeenCalledTimes(times);
    expect(send).toHaveBeenLastCalledWith(counts(5));
  });

  it('sends nothing while prerendering, and the last counts once the page is shown', () => {
    const { badge, send, doc } = setup(true);
    badge.report(counts(1));
    badge.report(counts(4));
    expect(send).not.toHaveBeenCalled();
    doc.prerendering = false;
    doc.dispatchEvent(asReader(new Event('prerenderingchange')));
    expect(send.mock.calls).toEqual([[counts(4)]]);
  });

  it('sends nothing again before the first report, or once the extension has gone', () => {
    const { badge, send, abort } = setup();
    pageshow(true);
    expect(send).not.toHaveBeenCalled();
    badge.report(counts(1));
    abort.abort();
    pageshow(true);
    expect(send).toHaveBeenCalledTimes(1);
  });
});
