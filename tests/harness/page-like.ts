/**
 * What the shared page helpers need of a page, as Playwright's (Chromium) and puppeteer's
 * (Firefox) pages both have it: run a function in the page's main world with one serialisable
 * argument. Results come back as `unknown`; each helper states what its function returns.
 */
export interface PageLike {
  // Both libraries type the function's argument their own way (handles unwrapped); `any` is
  // the one parameter type both accept.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  evaluate(fn: (arg: any) => unknown, arg?: unknown): Promise<unknown>;
}
