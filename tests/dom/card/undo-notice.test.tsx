import { describe, expect, it } from 'vitest';
import { cardWords } from '@/src/card/card-messages';
import { UNDO_NOTICE_MS, UNDONE_MS } from '@/src/card/undo-notice';
import { vi } from 'vitest';
import { button, click, setup, useFixture, type Setup } from './controller-fixture';
import { asReader } from './reader-events';

useFixture();

/** The notice's parts, while it is shown. */
const notice = (s: Setup) => {
  const root = s.controller.noticeRoot;
  return {
    root,
    status: root?.querySelector('[role="status"]')?.textContent,
    undo: root?.querySelector<HTMLButtonElement>('button.undo') ?? undefined,
    dismiss: root?.querySelector<HTMLButtonElement>('button.close') ?? undefined,
  };
};

/** Lets the stored change resolve and the notice put its words in. */
const settle = async () => {
  await vi.advanceTimersByTimeAsync(150);
};

/** Opens the card on Almaty and presses one of its settings buttons as the reader. */
async function act(s: Setup, name: string, focus = false) {
  s.controller.openAt(s.node, 1, { focus });
  click(button(s, name));
  await settle();
}

describe('the Undo notice after a card’s settings button', () => {
  it.each([
    [
      'Turn off on this site',
      'Highlighting is off on example.com.',
      { kind: 'site-off', site: 'example.com' },
    ],
    [
      'Hide Almaty',
      'Almaty is no longer highlighted.',
      { kind: 'entity-hidden', entityId: 'almaty' },
    ],
  ] as const)('after "%s" says "%s" and undoes that change', async (name, words, change) => {
    const s = setup();
    await act(s, name);
    expect(s.controller.isOpen).toBe(false);
    expect(notice(s).status).toBe(words);
    click(notice(s).undo);
    await settle();
    expect(s.onUndo).toHaveBeenCalledWith(change);
    expect(notice(s).status).toBe(cardWords('en').t('card.undone'));
    expect(notice(s).undo).toBeUndefined();
    await vi.advanceTimersByTimeAsync(UNDONE_MS);
    expect(notice(s).root).toBeUndefined();
  });

  it('puts its words into a status region that was already there, so they are announced', async () => {
    const s = setup();
    s.controller.openAt(s.node, 1);
    click(button(s, 'Turn off on this site'));
    await vi.advanceTimersByTimeAsync(0);
    expect(notice(s).root?.querySelector('[role="status"]')?.textContent).toBe('');
    await settle();
    expect(notice(s).status).toBe('Highlighting is off on example.com.');
  });

  it('goes by itself after a few seconds, and waits while the reader points at it', async () => {
    const s = setup();
    await act(s, 'Turn off on this site');
    const frame = notice(s).root?.querySelector('.frame');
    frame?.dispatchEvent(asReader(new PointerEvent('pointerenter')));
    await vi.advanceTimersByTimeAsync(UNDO_NOTICE_MS * 2);
    expect(notice(s).root).toBeDefined();
    frame?.dispatchEvent(asReader(new PointerEvent('pointerleave')));
    await vi.advanceTimersByTimeAsync(UNDO_NOTICE_MS);
    expect(notice(s).root).toBeUndefined();
    expect(s.onUndo).not.toHaveBeenCalled();
  });

  it.each([
    ['the × button', (s: Setup) => click(notice(s).dismiss)],
    [
      'Esc',
      (s: Setup) =>
        notice(s).undo?.dispatchEvent(
          asReader(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
        ),
    ],
  ])('is dismissed with %s, changing nothing', async (_how, dismiss) => {
    const s = setup();
    await act(s, 'Turn off on this site');
    dismiss(s);
    expect(notice(s).root).toBeUndefined();
    expect(s.onUndo).not.toHaveBeenCalled();
  });

  it('takes focus on Undo when the reader was in the card with the keyboard', async () => {
    const s = setup();
    await act(s, 'Turn off on this site', true);
    expect(notice(s).root?.activeElement).toBe(notice(s).undo);
  });

  it('does not take focus from a reader who used the pointer', async () => {
    const s = setup();
    const before = document.createElement('button');
    document.body.append(before);
    before.focus();
    await act(s, 'Turn off on this site');
    expect(notice(s).root?.activeElement ?? null).toBeNull();
    expect(document.activeElement).toBe(before);
  });

  it('undoes nothing on a click the page makes', async () => {
    const s = setup();
    await act(s, 'Turn off on this site');
    notice(s).undo?.click();
    click(notice(s).undo, true);
    await settle();
    expect(s.onUndo).not.toHaveBeenCalled();
  });

  it('undoes nothing while it is covered or has only just appeared, and says so', async () => {
    const s = setup();
    await act(s, 'Turn off on this site');
    s.visibility.permits = false;
    click(notice(s).undo);
    await settle();
    expect(s.onUndo).not.toHaveBeenCalled();
    expect(notice(s).status).toBe(cardWords('en').t('card.undoRefused'));
    s.visibility.permits = true;
    click(notice(s).undo);
    await settle();
    expect(s.onUndo).toHaveBeenCalledOnce();
  });

  it('says so when the change could not be undone', async () => {
    const s = setup();
    s.onUndo.mockResolvedValueOnce(false);
    await act(s, 'Turn off on this site');
    click(notice(s).undo);
    await settle();
    expect(notice(s).status).toBe(cardWords('en').t('card.undoFailed'));
  });

  it('goes with the extension', async () => {
    const s = setup();
    await act(s, 'Turn off on this site');
    s.abort.abort();
    expect(notice(s).root).toBeUndefined();
  });
});
