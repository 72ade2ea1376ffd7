/** "1 figure", "10 figures": a count with its noun, as one translatable phrase. */
const counted = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/**
 * Every word of the toolbar popup, in one place (the UI languages work translates this
 * object). Whole phrases with their values, never pieces glued together.
 */
export const POPUP_WORDING = {
  title: 'Kazakhstan Context',
  options: 'Options',
  optionsFailed: 'The options page could not be opened.',
  saveFailed: (reason: string) => `Your change could not be saved: ${reason}`,
  highlighting: 'Highlighting',
  allSites: 'Highlight on all sites',
  onThisPage: 'On this page',
  figures: 'Figures in the report',
  /** The line that opens the figures table: how many figures, from how many sources. */
  figuresSummary: (figures: number, sources: number) =>
    `${counted(figures, 'figure', 'figures')} from ${counted(sources, 'source', 'sources')}`,
  keyFacts: 'Key facts',
  /** The summary of an entity's group of facts. */
  factCount: (count: number) => counted(count, 'fact', 'facts'),
  /** Under a fact that concerns more names than the group's: "Also about Kazakhstan". */
  alsoAbout: (names: string) => `Also about ${names}`,
  source: (who: string) => `Source: ${who}`,
  shortcuts: 'Keyboard shortcuts',
  /** A command the reader has not given a key. */
  noShortcut: 'not set',
  /** What each of our commands does, by its manifest name. */
  commands: {
    'next-mention': 'Next mention',
    'previous-mention': 'Previous mention',
  } as Record<string, string>,
  shortcutsHint: 'Change them in the browser’s extension shortcut settings.',
  sourceReport: 'Source report',
  /** The mention rows: "No mentions", "1 mention", "1,204 mentions". */
  mentionCount: (count: number) =>
    count === 0 ? 'No mentions' : counted(count, 'mention', 'mentions'),
  notHighlighted: ' (not highlighted)',
  nextMention: 'Next mention',
  /** Read after "Next mention" by screen readers only. */
  nextMentionOf: (name: string) => ` of ${name}`,
  noMentionFound: 'No mention on this page',
  /** The per-site switch. */
  highlightOn: (site: string) => `Highlight on ${site}`,
  highlightOnFiles: 'Highlight on local files',
  globallyOffHint: 'Takes effect when highlighting is on for all sites.',
} as const;
