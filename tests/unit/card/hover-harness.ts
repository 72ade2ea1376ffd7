import { vi } from 'vitest';
import { HoverIntent } from '@/src/card/hover-intent';

/** How a test's stand-in controller behaves; every field has the product's usual default. */
export interface HoverHarnessOptions {
  openDelay?: number;
  closeDelay?: number;
  needsModifier?: boolean;
  /** Whether the card manages to show when asked (the controller's `open` can fail). */
  canOpen?: () => boolean;
}

/**
 * A HoverIntent on the global (fake) timers, wired like the card controller: an open that
 * succeeds reports `opened(…, true)`, a timed close reports `closed(false)`.
 */
export function hoverHarness(options: HoverHarnessOptions = {}) {
  const { openDelay = 300, closeDelay, needsModifier = false, canOpen = () => true } = options;
  const onOpen = vi.fn<(target: string) => void>();
  const onClose = vi.fn();
  const intent: HoverIntent<string> = new HoverIntent<string>({
    timers: globalThis as unknown as Window,
    openDelay: () => openDelay,
    needsModifier: () => needsModifier,
    same: (a, b) => a === b,
    onOpen: (target) => {
      onOpen(target);
      if (canOpen()) intent.opened(target, true);
    },
    onClose: () => {
      onClose();
      intent.closed(false);
    },
    closeDelay,
  });
  return { intent, onOpen, onClose };
}
