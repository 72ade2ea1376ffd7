/**
 * Marks an event as the browser's own, made from the reader's real input. happy-dom has no
 * `isTrusted`; in a browser no script can set it, so an unmarked event is what a page makes.
 */
export function asReader<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
