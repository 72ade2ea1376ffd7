import { ENTITY_IDS, type EntityId } from '../dossier/types';
import {
  SENDER_OF,
  type EntityCounts,
  type Message,
  type NextMentionResult,
  type PageState,
} from './protocol';

/** The fields of `runtime.MessageSender` the guards look at. */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: unknown;
}

/** Who sent a message, as far as the browser's sender record tells. */
export type SenderKind = 'content-script' | 'extension-page';

/** An object as structured clone or JSON gives it: no prototype tricks, no symbols, no getters. */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Exactly these own data properties, nothing else (so a `__proto__` own key is rejected). */
function hasExactly(value: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Reflect.ownKeys(value);
  const descriptors = Object.getOwnPropertyDescriptors(value);
  return (
    own.length === keys.length &&
    keys.every((key) => Object.hasOwn(value, key) && 'value' in (descriptors[key] ?? {}))
  );
}

const isEntityId = (value: unknown): value is EntityId => ENTITY_IDS.includes(value as EntityId);

/**
 * A fact id's form (lower-case words joined by hyphens). Whether the fact exists is checked
 * where the source page opens (background/source-link.ts): the content script that loads this
 * module on every page should not carry the dossier to tell.
 */
const isFactIdForm = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 64 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);

/** Every entity once, each a non-negative safe integer. */
export function isEntityCounts(value: unknown): value is EntityCounts {
  return (
    isPlainRecord(value) &&
    hasExactly(value, ENTITY_IDS) &&
    ENTITY_IDS.every((id) => Number.isSafeInteger(value[id]) && (value[id] as number) >= 0)
  );
}

/** Whether `value` is exactly one of the messages of `protocol.ts`, every field checked. */
export function isMessage(value: unknown): value is Message {
  if (!isPlainRecord(value)) return false;
  switch (value.type) {
    case 'kc:counts':
      return hasExactly(value, ['type', 'counts']) && isEntityCounts(value.counts);
    case 'kc:get-state':
    case 'kc:load-parts':
      return hasExactly(value, ['type']);
    case 'kc:next-mention':
      return (
        hasExactly(value, ['type', 'entityId']) &&
        (value.entityId === null || isEntityId(value.entityId))
      );
    case 'kc:step-mention':
      return (
        hasExactly(value, ['type', 'direction']) &&
        (value.direction === 'next' || value.direction === 'previous')
      );
    case 'kc:open-source':
      return (
        hasExactly(value, ['type', 'factId', 'background']) &&
        isFactIdForm(value.factId) &&
        typeof value.background === 'boolean'
      );
    default:
      return false;
  }
}

/** Whether a `kc:get-state` answer has the full `PageState` shape. */
export function isPageState(value: unknown): value is PageState {
  return (
    isPlainRecord(value) &&
    hasExactly(value, ['counts', 'siteKey', 'enabledOnSite']) &&
    isEntityCounts(value.counts) &&
    (value.siteKey === null || typeof value.siteKey === 'string') &&
    typeof value.enabledOnSite === 'boolean'
  );
}

/** Whether a `kc:next-mention` answer has the `NextMentionResult` shape. */
export function isNextMentionResult(value: unknown): value is NextMentionResult {
  return isPlainRecord(value) && hasExactly(value, ['found']) && typeof value.found === 'boolean';
}

/**
 * What sent a message, or null if not this extension. The browser fills the sender record, so
 * a page cannot forge it; the check guards against wiring a handler to `onMessageExternal` by
 * mistake and against messages from other extensions.
 * - Always: `sender.id` equals `extensionId`, and `url` or `origin` (or both) is given.
 * - Extension page (popup, options, background, or one opened in a tab): every location given
 *   (`url`, `origin`) lies in `extensionOrigin`.
 * - Content script: `sender.tab` is set and the locations given are not ours: they are the web
 *   page's, which the script shares and we cannot verify further. A compromised page renderer
 *   could speak for its own tab, which is why content scripts may only send counts for it.
 */
export function senderKind(
  sender: MessageSenderLike | undefined,
  extensionId: string,
  extensionOrigin: string,
): SenderKind | null {
  if (!sender || !extensionId || sender.id !== extensionId) return null;
  // runtime.getURL('') ends in a slash; an origin does not.
  const origin = extensionOrigin.replace(/\/+$/, '');
  const ours = (at: string) => at === origin || at.startsWith(`${origin}/`);
  const locations = [sender.url, sender.origin].filter((at) => at !== undefined);
  if (locations.length === 0 || locations.some((at) => typeof at !== 'string')) return null;
  if (!origin.includes('://')) return null;
  if (locations.every(ours)) return 'extension-page';
  if (sender.tab != null && !locations.some(ours)) return 'content-script';
  return null;
}

/** True only for messages sent by this extension (see `senderKind` for what is checked). */
export function isFromThisExtension(
  sender: MessageSenderLike | undefined,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  return senderKind(sender, extensionId, extensionOrigin) !== null;
}

/**
 * The message if it is well-formed and came from the context allowed to send its type
 * (`SENDER_OF`), else undefined: receivers ignore it and answer nothing.
 */
export function acceptMessage(
  value: unknown,
  sender: MessageSenderLike | undefined,
  extension: { id: string; origin: string },
): Message | undefined {
  if (!isMessage(value)) return undefined;
  const kind = senderKind(sender, extension.id, extension.origin);
  return kind === SENDER_OF[value.type] ? value : undefined;
}
