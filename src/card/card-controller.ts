import type { CardActionResult } from '../content/card-settings';
import { ENTITY_BY_ID } from '../dossier/entities';
import { FACTS } from '../dossier/facts';
import type { EntityId } from '../dossier/types';
import { browserLanguage } from '../i18n/browser-language';
import { resolveLanguage, type UiLanguage } from '../i18n/languages';
import { hitTest as defaultHitTest } from '../highlight/hit-test';
import type { PlacedMention } from '../page/text-search';
import { createRenderedCheck } from '../page/rendered-text';
import { cardContent } from './card-content';
import { createCardView } from './card-view';
import { HoverIntent } from './hover-intent';
import { adjacentMention, type MentionRef } from './mention-order';
import { mentionRange, mentionStands } from '../page/mention-range';
import { trackPointer } from './pointer-tracker';
import { followAnchor, mentionAnchor, scrollMentionIntoView } from './position-card';
import { createUndoNotice } from './undo-notice';
import { failureOffer, undoOffer } from './undo-offer';

import type { CardController, CardControllerOptions, OpenOptions } from './card-controller-options';

export type { CardController, CardControllerOptions, OpenOptions };

/** A mention as the controller tracks it; `line` is the line box under the pointer. */
interface Target extends MentionRef {
  mention: PlacedMention;
  line?: DOMRectReadOnly;
}

const sameTarget = (a: Target, b: Target) =>
  a.node === b.node && a.mention.start === b.mention.start && a.mention.end === b.mention.end;

/** Creates the card controller (see {@link CardControllerOptions}). */
export function createCardController(options: CardControllerOptions): CardController {
  const doc = options.doc ?? document;
  const win = options.win ?? (doc.defaultView as Window & typeof globalThis);
  const { index, painter, getSettings } = options;
  const hitTest = options.hitTest ?? defaultHitTest;
  const follow = options.follow ?? followAnchor;
  const own = new AbortController();
  const uiLanguage = options.uiLanguage ?? browserLanguage;
  const language = (): UiLanguage => resolveLanguage(getSettings().language, uiLanguage());
  let shown: Target | undefined;
  let hovered: Target | undefined;
  let active: Target | undefined;
  let cursor: MentionRef | undefined;
  let stopFollow: (() => void) | undefined;

  const env = {
    doc,
    signal: own.signal,
    ...(options.shadowMode ? { shadowMode: options.shadowMode } : {}),
    ...(options.visibility ? { visibility: options.visibility } : {}),
  };
  const notice = createUndoNotice({ ...env, language });
  /** Closes the card, runs a settings action, and offers Undo where the card was. */
  const act = (action: () => Promise<CardActionResult> | void) => {
    const from = { box: view.frame?.getBoundingClientRect(), focus: view.hasFocus() };
    closeCard(true);
    void action()?.then((result) => {
      if (!result || own.signal.aborted) return;
      // A refused write is said where the card was: the reader must not think it worked.
      if (result.kind === 'failed') notice.offer(failureOffer(result.change, from));
      else if (options.onUndo) notice.offer(undoOffer(result, options.onUndo, from));
    });
  };
  const view = createCardView({
    ...env,
    onOpenSource: options.onOpenSource,
    onClose: () => closeCard(true),
    onDismissed: () => closeCard(true),
    onTurnOffSite: () => act(options.onTurnOffSite),
    onHideEntity: (entityId) => act(() => options.onHideEntity(entityId)),
  });

  // Clamped: the page may shorten the text before the scanner's next batch updates the index
  // (an offset past the end would throw IndexSizeError into the page's console).
  const rangeOver = ({ node, mention }: Target) => mentionRange(doc, node, mention);
  /** Whether the target's text is still there, as the index has it, in the document. */
  const stands = ({ node, position, mention }: Target) => {
    const now = index.get(node)?.mentions[position];
    return mentionStands(node, mention) && now?.start === mention.start && now.end === mention.end;
  };
  // The active highlight follows the hovered mention, else the one whose card is open.
  const syncActive = () => {
    const next = hovered ?? shown;
    if (next === active || (next && active && sameTarget(next, active))) return;
    active = next;
    painter.setActive(next ? rangeOver(next) : null);
  };
  // Layout mirrors with the text around the mention; the card's English stays ltr.
  const dirOf = (target: Target) =>
    win.getComputedStyle(target.node.parentElement ?? doc.documentElement).direction === 'rtl'
      ? 'rtl'
      : 'ltr';
  const content = ({ mention: { entityId } }: Target) =>
    cardContent(entityId, FACTS, ENTITY_BY_ID[entityId], language());

  const intent = new HoverIntent<Target>({
    timers: win,
    openDelay: () => getSettings().hoverDelayMs,
    needsModifier: () => getSettings().cardNeedsModifier,
    same: sameTarget,
    onOpen: (target) => {
      if (open(target, true) || stands(target)) return;
      // The hover delay outlasted the mention: nothing to open until the pointer moves again.
      hovered = undefined;
      syncActive();
      intent.forget();
    },
    onClose: () => closeCard(false),
  });

  function closeCard(dismissed: boolean): void {
    if (!shown) return;
    stopFollow?.();
    stopFollow = undefined;
    shown = undefined;
    view.hide();
    intent.closed(dismissed);
    syncActive();
  }

  function open(target: Target, byPointer: boolean): boolean {
    if (own.signal.aborted || !stands(target)) return false;
    const dir = dirOf(target);
    if (!view.show(content(target), dir, target.node) || !view.frame) {
      return false;
    }
    stopFollow?.();
    shown = target;
    cursor = { node: target.node, position: target.position };
    stopFollow = follow(mentionAnchor(rangeOver(target), target.line), view.frame, {
      win,
      dir,
      onOutOfView: () => closeCard(true),
      onMove: () => view.moved(),
      isGone: () => !target.node.isConnected,
    });
    intent.opened(target, byPointer);
    syncActive();
    return true;
  }

  const stopPointer = trackPointer({
    win,
    signal: own.signal,
    isIdle: () => index.size === 0 && !hovered && !shown,
    isCard: view.isCard,
    onPointer: (point) => {
      let target: Target | undefined;
      if (point && !point.overCard && index.size > 0) {
        const hit = hitTest(doc, index, point.x, point.y, options.shadowRoots?.() ?? []);
        const hidden = getSettings().hiddenEntities;
        if (hit && !hidden.includes(hit.mention.entityId)) target = { ...hit, line: hit.rect };
      }
      if (!(target && hovered && sameTarget(target, hovered))) hovered = target;
      syncActive();
      intent.pointer(hovered, point?.overCard ?? false, point?.modifier ?? false);
    },
    onModifier: (down) => intent.setModifier(down),
    // A task later: the browser first gives Esc to its newest close watcher, our popover. Closed
    // now, that close request would go on to the next one, a page's modal dialog.
    onEscape: () => {
      const card = shown;
      if (!card) intent.dismiss();
      else win.setTimeout(() => shown === card && closeCard(true), 0);
    },
    onPressOutside: () => closeCard(true),
  });

  function openAt(node: Text, position: number, opts: OpenOptions = {}): boolean {
    const mention = index.get(node)?.mentions[position];
    if (!mention || !node.isConnected || own.signal.aborted) return false;
    const target: Target = { node, position, mention };
    scrollMentionIntoView(rangeOver(target), win);
    if (!open(target, false)) return false;
    if (opts.focus) view.focus();
    return true;
  }

  function walk(direction: 1 | -1, entityId: EntityId | null, opts?: OpenOptions): boolean {
    const hidden = getSettings().hiddenEntities;
    // Only mentions a reader can see (rendered-text.ts), as the counts say.
    const rendered = createRenderedCheck();
    const accept = (id: EntityId, node: Text) =>
      (entityId === null ? !hidden.includes(id) : id === entityId) && rendered(node);
    const ref = adjacentMention(index, cursor, direction, accept);
    return ref !== undefined && openAt(ref.node, ref.position, opts);
  }

  function destroy(): void {
    if (own.signal.aborted) return;
    closeCard(false);
    own.abort();
    stopPointer();
    intent.dispose();
    hovered = undefined;
    if (active) painter.setActive(null);
    active = undefined;
    view.destroy();
  }

  if (options.signal.aborted) destroy();
  else options.signal.addEventListener('abort', destroy, { once: true, signal: own.signal });

  return {
    openAt,
    next: (entityId, opts) => walk(1, entityId, opts),
    previous: (entityId, opts) => walk(-1, entityId, opts),
    close: () => closeCard(true),
    refresh: () => {
      notice.refresh();
      if (!shown) return;
      const gone = index.get(shown.node)?.mentions[shown.position] === undefined;
      if (gone || getSettings().hiddenEntities.includes(shown.mention.entityId)) closeCard(true);
      else view.show(content(shown), dirOf(shown), shown.node);
    },
    get isOpen() {
      return shown !== undefined;
    },
    get shadowRoot() {
      return view.root;
    },
    get noticeRoot() {
      return notice.root;
    },
    destroy,
  };
}
