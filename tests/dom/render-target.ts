import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

/**
 * A fresh element in the document for each test of the calling suite, emptied (so Preact
 * unmounts) and removed after it. Returns a getter, as the element changes per test.
 */
export function renderTarget(): () => HTMLDivElement {
  let container: HTMLDivElement | undefined;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    if (!container) return;
    render(null, container);
    container.remove();
  });
  return () => {
    if (!container) throw new Error('renderTarget() is only there inside a test');
    return container;
  };
}
