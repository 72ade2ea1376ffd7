import type { Platform, Rect } from '@floating-ui/dom';
import { describe, expect, it } from 'vitest';
import { CARD_OFFSET, isRectInView, placeCard, VIEWPORT_PADDING } from '@/src/card/position-card';

const VIEWPORT = { width: 800, height: 600 };
const CARD = { width: 340, height: 200 };

/** floating-ui's platform over fake rects: no layout needed. */
function fakePlatform(reference: Rect, card = CARD): Platform {
  return {
    getElementRects: () => ({ reference, floating: { x: 0, y: 0, ...card } }),
    getDimensions: () => card,
    getClippingRect: () => ({ x: 0, y: 0, ...VIEWPORT }),
    convertOffsetParentRelativeRectToViewportRelativeRect: ({ rect }) => rect,
    getOffsetParent: () => ({}) as Element,
    isElement: () => false,
    getDocumentElement: () => ({}) as HTMLElement,
    getClientRects: () => [],
    isRTL: () => false,
    getScale: () => ({ x: 1, y: 1 }),
  };
}

/** A line box at (x, y), 60 × 18 px, as a virtual element. */
function line(x: number, y: number) {
  const rect = { x, y, width: 60, height: 18 };
  const client = { ...rect, top: y, left: x, right: x + 60, bottom: y + 18 };
  return { rect, reference: { getBoundingClientRect: () => client } };
}

async function place(x: number, y: number, dir: 'ltr' | 'rtl' = 'ltr', card = CARD) {
  const { rect, reference } = line(x, y);
  const floating = { style: {} } as HTMLElement;
  const result = await placeCard(reference, floating, dir, fakePlatform(rect, card));
  return { ...result, maxHeight: floating.style.maxHeight };
}

describe('placing the card', () => {
  it('opens below the line box, aligned with the start of the name', async () => {
    const { x, y, placement } = await place(100, 100);
    expect(placement).toBe('bottom-start');
    expect([x, y]).toEqual([100, 118 + CARD_OFFSET]);
  });

  it('aligns with the end of the name on right-to-left pages', async () => {
    const { x } = await place(400, 100, 'rtl');
    expect(x).toBe(400 + 60 - CARD.width);
  });

  it('flips above the line when there is no room below', async () => {
    const { y, placement } = await place(100, 500);
    expect(placement).toBe('top-start');
    expect(y).toBe(500 - CARD_OFFSET - CARD.height);
  });

  it('aligns with the end of the name when the card would cross the right edge', async () => {
    const { x, placement } = await place(700, 100);
    expect(placement).toBe('bottom-end');
    expect(x).toBe(700 + 60 - CARD.width);
  });

  it('slides left to stay inside the viewport when no alignment fits', async () => {
    const { x } = await place(780, 100);
    expect(x).toBe(VIEWPORT.width - VIEWPORT_PADDING - CARD.width);
  });

  it('slides right to stay inside the viewport near its left edge', async () => {
    const { x } = await place(-20, 100);
    expect(x).toBe(VIEWPORT_PADDING);
  });

  it.each([
    ['mid-viewport', 290],
    ['near the top', 150],
    ['near the bottom', 420],
  ])(
    'covers its mention (%s) rather than leave the viewport when neither side has room',
    async (_where, lineTop) => {
      const card = { width: 340, height: 400 };
      const { y, maxHeight } = await place(100, lineTop, 'ltr', card);
      expect(y).toBeGreaterThanOrEqual(VIEWPORT_PADDING);
      expect(y + card.height).toBeLessThanOrEqual(VIEWPORT.height - VIEWPORT_PADDING);
      // The whole card fits, so nothing in it has to scroll.
      expect(parseInt(maxHeight, 10)).toBeGreaterThanOrEqual(card.height);
    },
  );

  it('caps its height to the viewport, so only a card taller than the window scrolls', async () => {
    const { y, maxHeight } = await place(100, 100, 'ltr', { width: 340, height: 900 });
    expect(y).toBe(VIEWPORT_PADDING);
    expect(parseInt(maxHeight, 10)).toBe(VIEWPORT.height - 2 * VIEWPORT_PADDING);
  });
});

describe('whether an anchor is in view', () => {
  it.each([
    ['inside', { top: 10, bottom: 28, left: 10, right: 70 }, true],
    ['partly above the top', { top: -10, bottom: 8, left: 10, right: 70 }, true],
    ['scrolled above the top', { top: -40, bottom: -22, left: 10, right: 70 }, false],
    ['below the bottom', { top: 610, bottom: 628, left: 10, right: 70 }, false],
    ['right of the viewport', { top: 10, bottom: 28, left: 820, right: 880 }, false],
  ])('%s', (_where, rect, expected) => {
    expect(isRectInView(rect, VIEWPORT.width, VIEWPORT.height)).toBe(expected);
  });
});
