/** The parts of a range this needs (a live Range over a mention). */
interface Boxed {
  startContainer: Node;
  getBoundingClientRect(): DOMRect;
}

/**
 * Scrolls sideways until a mention is in view: each horizontally scrolling ancestor of its
 * text, innermost first, then the window, puts the mention in its middle. Needed on a long
 * unwrapped line (`<pre>`, `white-space: nowrap`), where the mention's element is in view
 * while the mention lies thousands of pixels to its side; `scrollIntoView` on the element
 * would not move it. Only on a key press or the popup's "next", so the layout reads are fine.
 */
export function scrollIntoViewInline(range: Boxed, win: Window): void {
  const doc = range.startContainer.ownerDocument;
  let rect = range.getBoundingClientRect();
  for (let up = range.startContainer.parentElement; up; up = up.parentElement) {
    if (up === doc?.scrollingElement || up === doc?.body) break;
    if (up.scrollWidth <= up.clientWidth) continue;
    const box = up.getBoundingClientRect();
    if (rect.left >= box.left && rect.right <= box.right) continue;
    up.scrollLeft += rect.left - (box.left + box.width / 2);
    rect = range.getBoundingClientRect();
  }
  if (rect.left < 0 || rect.right > win.innerWidth) {
    win.scrollBy?.({ left: rect.left - win.innerWidth / 2, behavior: 'instant' });
  }
}
