/**
 * Mutation records (`type on NODE`) seen with the extension beyond what the page's own
 * scripts did without it: per kind, the count with the extension minus the largest count in
 * any load without it (scripts on timers make a page's own count vary from load to load).
 * Returns `type on NODE ×n` entries, largest first; empty when the extension added nothing.
 */
export function mutationsBeyond(withExtension: string[], baselines: string[][]): string[] {
  const own = new Map<string, number>();
  for (const baseline of baselines) {
    for (const [kind, count] of tally(baseline)) {
      own.set(kind, Math.max(own.get(kind) ?? 0, count));
    }
  }
  return [...tally(withExtension)]
    .map(([kind, count]) => [kind, count - (own.get(kind) ?? 0)] as const)
    .filter(([, extra]) => extra > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([kind, extra]) => `${kind} ×${extra}`);
}

function tally(records: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of records) counts.set(record, (counts.get(record) ?? 0) + 1);
  return counts;
}
