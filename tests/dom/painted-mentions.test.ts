import { describe, expect, it, vi } from 'vitest';
import { MentionIndex } from '../../src/page/mention-index';
import { LongLines } from '../../src/page/long-lines';
import { PaintedMentions } from '../../src/page/painted-mentions';
import type { MentionSpan } from '../../src/page/line-window';
import type { PlacedMention } from '../../src/page/node-search';
import { painterWithText } from './fake-highlights';

const tokayev: PlacedMention = { entityId: 'tokayev', start: 0, end: 7 };
const almaty: PlacedMention = { entityId: 'almaty', start: 11, end: 17 };

function setup(cap = 10) {
  const { painter, node } = painterWithText('Tokayev in Almaty', cap);
  painter.show();
  const index = new MentionIndex();
  return { painter, node, index, painted: new PaintedMentions(index, painter) };
}

describe('painted mentions', () => {
  it('indexes a node with its mentions painted, and forgets it when it has none left', () => {
    const { painter, node, index, painted } = setup();
    painted.set(node, [tokayev, almaty]);
    expect(index.size).toBe(1);
    expect(painter.paintedCount).toBe(2);
    painted.set(node, []);
    expect(index.size).toBe(0);
    expect(painter.paintedCount).toBe(0);
  });

  it('replaces a node’s mentions, unpainting the old ones', () => {
    const { painter, node, index, painted } = setup();
    painted.set(node, [tokayev, almaty]);
    painted.set(node, [almaty]);
    expect(index.counts()).toEqual({ kazakhstan: 0, tokayev: 0, almaty: 1 });
    expect(painter.paintedCount).toBe(1);
  });

  it('keeps mentions over the cap indexed, and paints them once a slot is freed', () => {
    const { painter, node, index, painted } = setup(2);
    const second = document.createTextNode('Almaty');
    const third = document.createTextNode('Almaty');
    document.body.append(second, third);
    const almatyHere = { entityId: 'almaty', start: 0, end: 6 } as const;
    painted.set(node, [tokayev]);
    painted.set(second, [almatyHere]);
    painted.repaintOverCap(); // nothing over the cap yet
    painted.set(third, [almatyHere]);
    expect(index.counts()).toEqual({ kazakhstan: 0, tokayev: 1, almaty: 2 });
    expect(index.get(third)?.ranges[0]).toBeUndefined();
    painted.drop(node);
    painted.repaintOverCap();
    expect(painter.paintedCount).toBe(2);
    // The freed slot went to the mention without a range; the painted one kept its own.
    const secondRange = index.get(second)?.ranges[0];
    expect(secondRange).toBeDefined();
    expect(index.get(third)?.ranges[0]).toBeDefined();
    painted.repaintOverCap();
    expect(index.get(second)?.ranges[0]).toBe(secondRange);
  });

  it('clears every mention and highlight at once', () => {
    const { painter, node, index, painted } = setup();
    painted.set(node, [tokayev, almaty]);
    painted.clear();
    expect(index.size).toBe(0);
    expect(painter.paintedCount).toBe(0);
  });

  it('asks for the long-line code from the first node with mentions on, and makes its watcher once, with the scanner’s page and lifetime', () => {
    const { painter, node, index } = setup();
    const signal = new AbortController().signal;
    const made: Array<{ doc: Document; signal: AbortSignal; onMove: (node: Text) => void }> = [];
    let loaded = false;
    const longLines = vi.fn(() =>
      loaded
        ? (doc: Document, lifetime: AbortSignal, onMove: (node: Text) => void) => {
            made.push({ doc, signal: lifetime, onMove });
            return new LongLines(doc, lifetime, onMove);
          }
        : undefined,
    );
    const painted = new PaintedMentions(index, painter, { doc: document, signal, longLines });
    painted.set(node, []);
    expect(longLines).not.toHaveBeenCalled();
    // Not loaded yet: painted in full, and asked again next time.
    painted.set(node, [tokayev]);
    expect(painter.paintedCount).toBe(1);
    loaded = true;
    painted.set(node, [tokayev, almaty]);
    painted.set(node, [almaty]);
    expect(longLines).toHaveBeenCalledTimes(2);
    expect(made).toHaveLength(1);
    expect(made[0]?.doc).toBe(document);
    expect(made[0]?.signal).toBe(signal);
    expect(painter.paintedCount).toBe(1);
  });

  it('repaints a long line when its part in view moves: paints what came into the span, unpaints what left it', () => {
    const { painter, node } = painterWithText('Almaty '.repeat(6), 10);
    painter.show();
    const mentions = [0, 1, 2, 3, 4, 5].map((i): PlacedMention => ({
      entityId: 'almaty',
      start: i * 7,
      end: i * 7 + 6,
    }));
    let span: MentionSpan = { first: 0, end: 2 };
    let onMove: ((node: Text) => void) | undefined;
    const lines = {
      paintable: () => span,
      repaintable: () => span,
      forget: vi.fn(),
      clear: vi.fn(),
    } as unknown as LongLines;
    const index = new MentionIndex();
    const painted = new PaintedMentions(index, painter, {
      doc: document,
      signal: new AbortController().signal,
      longLines: () => (_doc, _signal, move) => {
        onMove = move;
        return lines;
      },
    });
    painted.set(node, mentions);
    const shown = () => (index.get(node)?.ranges ?? []).map((range) => (range ? 1 : 0)).join('');
    expect(shown()).toBe('110000');
    span = { first: 3, end: 5 };
    onMove?.(node);
    expect(shown()).toBe('000110');
    expect(painter.paintedCount).toBe(2);
    span = { first: 4, end: 6 };
    onMove?.(node);
    expect(shown()).toBe('000011');
    expect(painter.paintedCount).toBe(2);
    // A line that left the page is left as it is (the scanner drops it).
    node.remove();
    span = { first: 0, end: 1 };
    onMove?.(node);
    expect(shown()).toBe('000011');
  });
});
