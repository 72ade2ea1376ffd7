import type { PageLike } from './page-like';

/** Where an element of the source page sits, and whether it is the emphasised target. */
export interface FactPlacement {
  inViewport: boolean;
  scrollY: number;
  target: boolean;
  emphasised: boolean;
}

/** Where the element with `id` sits against the viewport, once it exists. */
export async function factPlacement(
  page: PageLike,
  id: string,
): Promise<FactPlacement | undefined> {
  return (await page.evaluate((elementId: string) => {
    const element = document.getElementById(elementId);
    if (!element) return undefined;
    const rect = element.getBoundingClientRect();
    return {
      inViewport: rect.top >= 0 && rect.bottom <= window.innerHeight,
      scrollY: window.scrollY,
      target: element.matches(':target'),
      emphasised: element.classList.contains('is-target'),
    };
  }, id)) as FactPlacement | undefined;
}
