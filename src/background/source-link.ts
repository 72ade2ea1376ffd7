import { FACTS } from '../dossier/facts';

const FACT_IDS: ReadonlySet<string> = new Set(FACTS.map((fact) => fact.id));

/**
 * The source page's path at a fact's sentence, or undefined for an id the dossier does not
 * hold (the message guard checks only an id's form, so the content script need not carry the
 * dossier on every page).
 */
export function sourcePageAt(factId: string): `/source.html#fact-${string}` | undefined {
  return FACT_IDS.has(factId) ? `/source.html#fact-${factId}` : undefined;
}
