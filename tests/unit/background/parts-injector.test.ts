import { describe, expect, it, vi } from 'vitest';
import {
  injectMentionParts,
  MENTION_PARTS_FILE,
  type PartsSenderLike,
} from '../../../src/background/parts-injector';
import { sourcePageAt } from '../../../src/background/source-link';

function scripting(fails = false) {
  return {
    executeScript: vi.fn(async () => {
      if (fails) throw new Error('Frame with ID 0 was removed.');
      return [];
    }),
  };
}

describe('injecting the matcher and card', () => {
  it.each<[string, PartsSenderLike, unknown]>([
    [
      'the asking document, by id where the browser names it (Chrome)',
      { tab: { id: 4 }, frameId: 0, documentId: 'D1' },
      { tabId: 4, documentIds: ['D1'] },
    ],
    [
      'the asking frame where it does not (Firefox)',
      { tab: { id: 4 }, frameId: 0 },
      { tabId: 4, frameIds: [0] },
    ],
    ['a tab whose id is 0', { tab: { id: 0 }, frameId: 0 }, { tabId: 0, frameIds: [0] }],
  ])('runs the parts file in %s', async (_where, sender, target) => {
    const api = scripting();
    await expect(injectMentionParts(api, sender)).resolves.toBe(true);
    expect(api.executeScript).toHaveBeenCalledWith({ target, files: [MENTION_PARTS_FILE] });
  });

  it.each<[string, PartsSenderLike]>([
    ['no tab', { frameId: 0 }],
    ['a tab without an id', { tab: {}, frameId: 0 }],
    ['a tab id of -1 (no real tab)', { tab: { id: -1 }, frameId: 0 }],
  ])('injects nothing for a sender with %s', async (_what, sender) => {
    const api = scripting();
    await expect(injectMentionParts(api, sender)).resolves.toBe(false);
    expect(api.executeScript).not.toHaveBeenCalled();
  });

  it('answers false, without throwing, when the browser refuses', async () => {
    await expect(injectMentionParts(scripting(true), { tab: { id: 4 } })).resolves.toBe(false);
  });
});

describe('source page links', () => {
  it('leads to a fact the dossier holds', () => {
    expect(sourcePageAt('checkpoints-70')).toBe('/source.html#fact-checkpoints-70');
  });

  it.each(['no-such-fact', '', 'checkpoints-7'])('leads nowhere for "%s"', (id) => {
    expect(sourcePageAt(id)).toBeUndefined();
  });
});
