import { afterEach, describe, expect, it, vi } from 'vitest';
import { HighlightPainter } from '../../src/highlight/highlight-painter';
import { LONG_LINE, WINDOW_CAP } from '../../src/page/line-window';
import { LongLines } from '../../src/page/long-lines';
import { MentionIndex } from '../../src/page/mention-index';
import type { PlacedMention } from '../../src/page/node-search';
import { PaintedMentions } from '../../src/page/painted-mentions';
import { fakeHighlightApi } from './fake-highlights';

/** `count` mentions of Almaty, one every 100 characters from the start. */
function lineOf(count: number, length = count * 100): { text: string; mentions: PlacedMention[] } {
  const mentions: PlacedMention[] = [];
  let text = '';
  for (let i = 0; i < count; i += 1) {
    mentions.push({ entityId: 'almaty', start: text.length, end: text.length + 6 });
    text += 'Almaty'.padEnd(100, ' ');
  }
  return { text: text.padEnd(length, ' '), mentions };
}

function setup(whiteSpace: string, count: number, cap = 2_000) {
  const element = document.createElement('div');
  element.style.whiteSpace = whiteSpace;
  const { text, mentions } = lineOf(count);
  const node = document.createTextNode(text);
  element.append(node);
  document.body.append(element);
  const painter = new HighlightPainter(fakeHighlightApi(), cap);
  painter.show();
  const index = new MentionIndex();
  const signal = new AbortController().signal;
  const painted = new PaintedMentions(index, painter, {
    doc: document,
    signal,
    longLines: () => (doc, lifetime, onMove) => new LongLines(doc, lifetime, onMove),
  });
  return { node, mentions, painter, index, painted };
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('long lines, as the painted mentions see them', () => {
  it.each(['nowrap', 'pre', 'normal'])(
    'a node shorter than a long line (white-space: %s) is painted in full, its style unread',
    (whiteSpace) => {
      const style = vi.spyOn(window, 'getComputedStyle');
      const listen = vi.spyOn(document, 'addEventListener');
      const { node, mentions, painter, painted } = setup(whiteSpace, 90);
      expect(node.length).toBeLessThan(LONG_LINE);
      painted.set(node, mentions);
      expect(painter.paintedCount).toBe(90);
      expect(style).not.toHaveBeenCalled();
      expect(listen).not.toHaveBeenCalled();
    },
  );

  it.each(['normal', 'pre-wrap'])(
    'a long node whose lines wrap (white-space: %s) is painted in full',
    (whiteSpace) => {
      const { node, mentions, painter, painted } = setup(whiteSpace, 500);
      painted.set(node, mentions);
      expect(painter.paintedCount).toBe(500);
    },
  );

  it.each(['nowrap', 'pre'])(
    'a long line (white-space: %s) is indexed in full and painted only near the part in view',
    (whiteSpace) => {
      const listen = vi.spyOn(document, 'addEventListener');
      const { node, mentions, painter, index, painted } = setup(whiteSpace, 500);
      painted.set(node, mentions);
      expect(index.counts().almaty).toBe(500);
      // No layout here (every box is empty): the window is estimated over the whole line.
      const ranges = index.get(node)?.ranges ?? [];
      const shown = ranges.filter(Boolean).length;
      expect(painter.paintedCount).toBe(shown);
      expect(shown).toBe(WINDOW_CAP);
      expect(ranges[0]).toBeUndefined();
      expect(ranges[499]).toBeUndefined();
      // Scrolling is followed from the first long line on, passively, in the capture phase.
      const scroll = listen.mock.calls.find(([type]) => type === 'scroll');
      expect(scroll?.[2]).toMatchObject({ capture: true, passive: true });
    },
  );

  it('hands freed slots to a long line’s mentions near the view only', () => {
    const { node, mentions, painter, index, painted } = setup('nowrap', 500, WINDOW_CAP + 10);
    const other = document.createTextNode(lineOf(15).text);
    document.body.append(other);
    painted.set(other, lineOf(15).mentions);
    painted.set(node, mentions); // 10 slots short of the 50 it wants
    expect(painter.paintedCount).toBe(WINDOW_CAP + 10);
    painted.drop(other);
    painted.repaintOverCap();
    // The freed 15 slots: 10 to its window, none beyond it.
    expect(painter.paintedCount).toBe(WINDOW_CAP);
    expect(index.get(node)?.ranges.filter(Boolean).length).toBe(WINDOW_CAP);
    painted.drop(node);
    expect(painter.paintedCount).toBe(0);
  });
});
