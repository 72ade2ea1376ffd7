/** A colour as red, green, blue (0–255) and alpha (0–1). */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/**
 * Reads a CSS colour as browsers serialise computed values (`rgb(1, 2, 3)`,
 * `rgba(1, 2, 3, 0.5)`), in the space syntax of stylesheets (`rgb(1 2 3 / 0.5)`), or as
 * `#rgb` / `#rrggbb`. Throws on anything else, so a test never compares an unread colour.
 */
export function parseColour(text: string): Rgba {
  const value = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [
      number,
      number,
      number,
    ];
    return { r, g, b, a: 1 };
  }
  const match = /^rgba?\(([^)]*)\)$/.exec(value);
  if (!match?.[1]) throw new Error(`Not a colour this test reads: ${text}`);
  const parts = match[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  const [r, g, b, a = 1] = parts;
  if ([r, g, b, a].some((n) => n === undefined || Number.isNaN(n))) {
    throw new Error(`Not a colour this test reads: ${text}`);
  }
  return { r: r as number, g: g as number, b: b as number, a };
}

/** `top` painted over an opaque `bottom` (sRGB alpha compositing, as browsers paint). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, u: number) => t * top.a + u * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** WCAG 2 relative luminance of an opaque colour. */
export function luminance({ r, g, b }: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio of two opaque colours (1 to 21). */
export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
