import { PLANTED_FORMS } from './generate-page';

// Regions whose text we never highlight, or that are not shown (comments included: a name
// planted in `<!-- <p>old text</p> -->` would be counted but never found): planting skips them.
const SKIPPED_REGION =
  /<!--[\s\S]*?-->|<(script|style|noscript|textarea|template|svg|math|select|title|head|iframe|button|code|pre)\b[\s\S]*?<\/\1\s*>/gi;

/**
 * Plants names into a saved real page: every `every`-th stretch of prose between tags in the
 * body gets a name before its first word. Returns the page and what was planted.
 */
export function plantMentions(
  html: string,
  every = 4,
): { html: string; planted: Record<string, number>; total: number } {
  const planted: Record<string, number> = { kazakhstan: 0, tokayev: 0, almaty: 0 };
  const bodyAt = html.search(/<body\b/i);
  if (bodyAt < 0) return { html, planted, total: 0 };
  const head = html.slice(0, bodyAt);
  let body = html.slice(bodyAt);
  // Set skipped regions aside so that no name lands inside them.
  const aside: string[] = [];
  body = body.replace(SKIPPED_REGION, (region) => `\uE000${aside.push(region) - 1}\uE000`);
  let stretch = 0;
  let total = 0;
  body = body.replace(/>([^<>\uE000]*[A-Za-z]{3}[^<>\uE000]*)</g, (whole, text: string) => {
    stretch += 1;
    if (stretch % every !== 0 || text.trim().length < 20) return whole;
    const { form, entityId } = PLANTED_FORMS[total % PLANTED_FORMS.length] ?? PLANTED_FORMS[0]!;
    planted[entityId] = (planted[entityId] ?? 0) + 1;
    total += 1;
    const lead = /^\s*/.exec(text)?.[0] ?? '';
    return `>${lead}${form} ${text.slice(lead.length)}<`;
  });
  body = body.replace(/\uE000(\d+)\uE000/g, (_m, i: string) => aside[Number(i)] ?? '');
  return { html: head + body, planted, total };
}
