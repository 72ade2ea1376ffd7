import { afterEach, beforeEach, vi } from 'vitest';
import { createCardController, type CardController } from '@/src/card/card-controller';
import type { FollowOptions } from '@/src/card/position-card';
import type { EntityId } from '@/src/dossier/types';
import type { Hit } from '@/src/highlight/hit-test';
import type { LanguageSetting } from '@/src/i18n/languages';
import type { Mention } from '@/src/matching/types';
import { MentionIndex } from '@/src/page/mention-index';
import { asReader } from './reader-events';

/** The hover delay the fixture's settings give. */
export const DELAY = 300;
/** The close delay of the controller. */
export const CLOSE = 300;
const TEXT = 'Tokayev spoke in Almaty about Kazakhstan.';
/** The indexed mentions of the fixture paragraph, by position. */
export const MENTIONS: Mention[] = [
  { start: 0, end: 7, entityId: 'tokayev' },
  { start: 17, end: 23, entityId: 'almaty' },
  { start: 30, end: 40, entityId: 'kazakhstan' },
];

/** A page with one indexed paragraph and a controller over it, driven by stubs. */
export interface Setup {
  controller: CardController;
  index: MentionIndex;
  node: Text;
  painter: { setActive: ReturnType<typeof vi.fn> };
  hitTest: ReturnType<typeof vi.fn>;
  follow: ReturnType<typeof vi.fn>;
  stopFollow: ReturnType<typeof vi.fn>;
  onTurnOffSite: ReturnType<typeof vi.fn>;
  onHideEntity: ReturnType<typeof vi.fn>;
  onOpenSource: ReturnType<typeof vi.fn>;
  /** The Undo of a card's settings change; resolves true. */
  onUndo: ReturnType<typeof vi.fn>;
  /** What the stub visibility guard answers (happy-dom has no IntersectionObserver events). */
  visibility: { permits: boolean; moved: ReturnType<typeof vi.fn> };
  abort: AbortController;
  /** The mention (by position) under the pointer for the stub hit test. */
  under: { position: number | undefined };
  followed: () => FollowOptions | undefined;
}

let current: Setup | undefined;

/** Creates the page and the controller (destroyed after each test by {@link useFixture}). */
export function setup(
  settings: {
    cardNeedsModifier?: boolean;
    hiddenEntities?: EntityId[];
    /** Read at each drawing: change it, then `controller.refresh()`, as a settings change does. */
    language?: LanguageSetting;
    /** The browser's UI language. */
    uiLanguage?: string;
  } = {},
) {
  const paragraph = document.createElement('p');
  paragraph.append(TEXT);
  document.body.append(paragraph);
  const node = paragraph.firstChild as Text;
  const index = new MentionIndex();
  index.set(node, { mentions: MENTIONS, ranges: MENTIONS.map(() => undefined) });
  const under: Setup['under'] = { position: undefined };
  const hitTest = vi.fn((_doc: Document, _index: MentionIndex, x: number, y: number) => {
    const mention = under.position === undefined ? undefined : MENTIONS[under.position];
    if (!mention || under.position === undefined) return undefined;
    const hit: Hit = { node, mention, position: under.position, rect: new DOMRect(x, y, 40, 18) };
    return hit;
  });
  let followed: FollowOptions | undefined;
  const stopFollow = vi.fn();
  const follow = vi.fn((_reference: unknown, _floating: HTMLElement, options: FollowOptions) => {
    followed = options;
    return stopFollow;
  });
  const painter = { setActive: vi.fn() };
  // Each resolves with the change made, as start-content.ts does once it is stored.
  const onTurnOffSite = vi.fn(async () => ({ kind: 'site-off' as const, site: 'example.com' }));
  const onHideEntity = vi.fn(async (entityId: EntityId) => ({
    kind: 'entity-hidden' as const,
    entityId,
  }));
  const onUndo = vi.fn(async () => true);
  const onOpenSource = vi.fn();
  const visibility = { permits: true, moved: vi.fn() };
  const abort = new AbortController();
  const controller = createCardController({
    signal: abort.signal,
    doc: document,
    win: window,
    index,
    painter,
    getSettings: () => ({
      hoverDelayMs: DELAY,
      cardNeedsModifier: settings.cardNeedsModifier ?? false,
      hiddenEntities: settings.hiddenEntities ?? [],
      language: settings.language ?? 'auto',
    }),
    uiLanguage: () => settings.uiLanguage ?? 'en-US',
    onTurnOffSite,
    onHideEntity,
    onOpenSource,
    onUndo,
    hitTest,
    follow,
    visibility: () => ({
      permits: () => visibility.permits,
      moved: visibility.moved,
      disconnect() {},
    }),
  });
  current = {
    controller,
    index,
    node,
    painter,
    hitTest,
    follow,
    stopFollow,
    onTurnOffSite,
    onHideEntity,
    onOpenSource,
    onUndo,
    visibility,
    abort,
    under,
    followed: () => followed,
  };
  return current;
}

/**
 * Moves the pointer over the mention at `position` (or off mentions) and lets a frame pass;
 * `byPage`: the page dispatches the move itself.
 */
export function move(
  position: number | undefined,
  init: PointerEventInit = {},
  target?: Element,
  byPage = false,
) {
  if (current) current.under.position = position;
  const event = new PointerEvent('pointermove', {
    bubbles: true,
    composed: true,
    cancelable: true,
    clientX: 10,
    clientY: 10,
    pointerType: 'mouse',
    ...init,
  });
  (target ?? document.body).dispatchEvent(byPage ? event : asReader(event));
  vi.advanceTimersToNextFrame();
  return event;
}

/** Clicks an element of the card as the reader (or, `byPage`, as a page script would). */
export function click(element: Element | undefined | null, byPage = false) {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  element?.dispatchEvent(byPage ? event : asReader(event));
  return event;
}

/** The card's button with this text or accessible name. */
export const button = (s: Setup, name: string) =>
  [...(dialog(s)?.querySelectorAll('button') ?? [])].find(
    (b) => b.getAttribute('aria-label') === name || b.textContent === name,
  );

/** The card's dialog element, if open. */
export const dialog = (s: Setup) =>
  s.controller.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
/** The card's heading text. */
export const heading = (s: Setup) => dialog(s)?.querySelector('h2')?.textContent;
/**
 * Presses (or releases) a key on the page, then lets the task end (the card closes on Esc a
 * task later); `byPage`: the page dispatches it.
 */
export const key = (name: string, type = 'keydown', byPage = false) => {
  const event = new KeyboardEvent(type, { key: name, bubbles: true });
  const result = document.body.dispatchEvent(byPage ? event : asReader(event));
  vi.advanceTimersByTime(0);
  return result;
};

/** Fake timers and frames for each test; the controller and page are removed after it. */
export function useFixture(): void {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
  });

  afterEach(() => {
    current?.controller.destroy();
    current = undefined;
    document.body.replaceChildren();
    vi.useRealTimers();
  });
}
