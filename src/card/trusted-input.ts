/**
 * Wraps an event handler so that it runs only for events the browser made from the reader's
 * real input (`isTrusted`). A page can dispatch any event it likes, on its own elements and on
 * ours, and can call `.click()` or `.focus()` on what it reaches; none of that may drive our UI.
 * `=== true`: a missing flag (an old engine, a test double) counts as untrusted.
 *
 * ESLint (`kc/trusted-input`, eslint-rules/trusted-input.js) requires this wrapper on every
 * input-event handler in content-script code.
 */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted === true) handler(event);
  };
}
