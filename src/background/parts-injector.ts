/** The file the build writes for `entrypoints/mention-parts.ts`. */
export const MENTION_PARTS_FILE = '/mention-parts.js' as const;

/** The part of `browser.scripting` used here (a fake in tests). */
export interface ScriptingLike {
  executeScript(injection: {
    target:
      | { tabId: number; frameIds: number[]; documentIds?: undefined }
      | { tabId: number; documentIds: string[]; frameIds?: undefined };
    files: (typeof MENTION_PARTS_FILE)[];
  }): Promise<unknown>;
}

/** The fields of a `runtime.MessageSender` that say which document asked. */
export interface PartsSenderLike {
  tab?: { id?: number };
  frameId?: number;
  /** Chrome 106+; Firefox omits it. */
  documentId?: string;
}

/**
 * Runs the rest of the content script (matcher, card) in the document of a content script
 * that found a possible mention. It runs in the same isolated world, where it hands itself
 * over (`src/content/mention-parts.ts`): the page sees nothing, and no file of ours needs to be
 * web-accessible (a page could probe a fixed URL to detect the extension). The document is
 * named by its id where the browser gives one, so a prerendered page gets its own parts and a
 * tab that navigated meanwhile gets none. Resolves true once injected; false when the sender
 * has no tab or the browser refused (the document is gone, or extensions may not script it).
 */
export async function injectMentionParts(
  scripting: ScriptingLike,
  sender: PartsSenderLike,
): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return false;
  const target = sender.documentId
    ? { tabId, documentIds: [sender.documentId] }
    : { tabId, frameIds: [sender.frameId ?? 0] };
  try {
    await scripting.executeScript({ target, files: [MENTION_PARTS_FILE] });
    return true;
  } catch {
    return false;
  }
}
