/**
 * What is wrong with a rendered card: it must say the report's date (`dateline`), list facts,
 * and link each fact (`li[data-fact]`) to its own sentence, `#fact-<id>`, and to no other.
 * Returns one line per problem. Self-contained, so e2e tests run it inside the page on the real
 * card.
 */
export function cardProblems(root: ParentNode, dateline: string): string[] {
  const problems: string[] = [];
  const card = root.querySelector('[role="dialog"]');
  if (!card) return ['no card'];
  if (!(card.textContent ?? '').includes(dateline)) {
    problems.push(`the card does not say "${dateline}"`);
  }
  const facts = [...card.querySelectorAll('li[data-fact]')];
  if (facts.length === 0) problems.push('the card lists no facts');
  for (const fact of facts) {
    const id = fact.getAttribute('data-fact');
    // A card link opens the fact named by its `data-source-fact` (the link has no href).
    const targets = [...fact.querySelectorAll('a[data-source-fact]')].map(
      (link) => `fact-${link.getAttribute('data-source-fact') ?? ''}`,
    );
    if (!targets.includes(`fact-${id}`)) problems.push(`fact ${id} does not link to #fact-${id}`);
    for (const other of targets.filter((target) => target !== `fact-${id}`)) {
      problems.push(`fact ${id} links to #${other}`);
    }
  }
  return problems;
}
