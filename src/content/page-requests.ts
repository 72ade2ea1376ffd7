import type { EntityId } from '../dossier/types';
import { acceptMessage, type MessageSenderLike } from '../messaging/guards';
import type { NextMentionResult, PageState } from '../messaging/protocol';

/** What the content script answers the popup with. */
export interface PageRequestHandlers {
  getState(): PageState;
  nextMention(entityId: EntityId | null): NextMentionResult;
  stepMention(direction: 'next' | 'previous'): NextMentionResult;
}

type Listener = (message: unknown, sender: MessageSenderLike) => Promise<unknown> | undefined;

/** The part of `browser.runtime` used here (a fake in tests). */
export interface RuntimeLike {
  id: string;
  getURL(path: string): string;
  onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
}

/**
 * Answers the popup's requests. Anything that is not a well-formed request from one of our
 * extension pages (a page script cannot reach this channel, but another extension or a
 * mis-wired sender could) is ignored: no answer, no effect.
 */
export function answerPageRequests(
  runtime: RuntimeLike,
  handlers: PageRequestHandlers,
  signal: AbortSignal,
): void {
  const extension = { id: runtime.id, origin: runtime.getURL('/') };
  const listener: Listener = (value, sender) => {
    const message = acceptMessage(value, sender, extension);
    if (message?.type === 'kc:get-state') return Promise.resolve(handlers.getState());
    if (message?.type === 'kc:next-mention') {
      return Promise.resolve(handlers.nextMention(message.entityId));
    }
    if (message?.type === 'kc:step-mention') {
      return Promise.resolve(handlers.stepMention(message.direction));
    }
    return undefined;
  };
  runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => runtime.onMessage.removeListener(listener), {
    once: true,
  });
}
