/** The Intl formatters whose construction the cost tests watch. */
export type IntlFormatter = 'DateTimeFormat' | 'NumberFormat';

const originals = { DateTimeFormat: Intl.DateTimeFormat, NumberFormat: Intl.NumberFormat };

const install = (name: IntlFormatter, value: unknown) =>
  Object.defineProperty(Intl, name, { value, configurable: true, writable: true });

/** Calls `onBuild` with the arguments of every `new Intl[name](…)`, building the real thing. */
export function watchIntl(name: IntlFormatter, onBuild: (args: unknown[]) => void): void {
  install(
    name,
    new Proxy(originals[name], {
      construct(target, args: unknown[]) {
        onBuild(args);
        return Reflect.construct(target, args) as object;
      },
    }),
  );
}

/** Puts the real constructors back (call after each test that watched). */
export function restoreIntl(): void {
  for (const name of ['DateTimeFormat', 'NumberFormat'] as const) install(name, originals[name]);
}
