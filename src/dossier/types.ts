/** The three names the extension knows. */
export type EntityId = 'kazakhstan' | 'tokayev' | 'almaty';

/** Every entity id, in display order. */
export const ENTITY_IDS: readonly EntityId[] = ['kazakhstan', 'tokayev', 'almaty'];

/**
 * The writing system of an alias group. It decides where a name may start and end: Latin,
 * Cyrillic, Greek and Devanagari names are whole words; Arabic and Hebrew names may carry
 * one-letter prefixes; Hangul names may carry particles; Han and Kana names stand inside
 * running text, which has no spaces.
 */
export type Script =
  'Latin' | 'Cyrillic' | 'Greek' | 'Arabic' | 'Hebrew' | 'Devanagari' | 'Han' | 'Kana' | 'Hangul';

/** Spellings of one name in one language and script, with where they are used. */
export interface AliasGroup {
  /** Language or usage, e.g. "English", "Russian", "Kazakh (Cyrillic)", "German". */
  language: string;
  script: Script;
  /** Where this spelling is used (the source looked up: an outlet, a Wikipedia title). */
  usedBy: string;
  /** Spellings as written, matched case-insensitively as whole words. */
  spellings: readonly string[];
  /**
   * Inflected forms spelled out in full (case endings of Russian, Kazakh, Polish, German
   * genitive...), matched like spellings. Listed explicitly so every match is reviewable.
   */
  inflected?: readonly string[];
  /**
   * Case endings written onto every spelling without a break (Hungarian "-ban", Turkic
   * "-da", Finnish "-ssa"). The name and its ending are one mention.
   */
  suffixes?: readonly string[];
  /**
   * Particles a script attaches after a name (Korean "의", "에서"). Allowed after the name
   * but not part of the mention.
   */
  particles?: readonly string[];
  /**
   * For scripts without spaces: what, written right after the name, turns it into another
   * word (a demonym "…人", a people "…族", a language "…語"). The name does not count there.
   */
  notBefore?: readonly string[];
  /** Exceptions to `notBefore`: longer words that keep the name a name ("…人口", population). */
  stillBefore?: readonly string[];
  /**
   * Counts only when each word starts with a capital letter, because in lower case the words
   * are common words elsewhere ("alma ata" in Spanish or Portuguese prose).
   */
  capitalised?: boolean;
}

/**
 * Who may stand right before a surname written alone. A capitalised given name that is not
 * listed here makes the surname another person ("Timur Tokayev" is not the President).
 */
export interface SurnameContext {
  /** The person's own given names and patronymics, in every script, as single words. */
  ownNames: readonly string[];
  /** Titles and roles written before the surname ("President", "Präsident", "Президент"). */
  titles: readonly string[];
  /** Endings of compound titles (German "Staatschef", "Machthaber"). */
  titleEndings: readonly string[];
}

/** A person, country or city the extension highlights. */
export interface Entity {
  id: EntityId;
  /** Display name, e.g. "Kassym-Jomart Tokayev". */
  name: string;
  /** The name as a short label ("Tokayev"), where space is tight: the card's "Hide" button. */
  shortName: string;
  /** One line, grounded in the report, e.g. "President of Kazakhstan". */
  descriptor: string;
  /** Id of the fact whose quote grounds the descriptor. */
  descriptorFact: string;
  aliases: readonly AliasGroup[];
  /** For a person: the surname alone does not count after another person's given name. */
  surname?: SurnameContext;
}
/** What kind of fact it is, for grouping in the card and popup. */
export type FactCategory = 'casualties' | 'security' | 'politics' | 'timeline';

/**
 * What a number of the report is. The first three are the report's main figures (people
 * killed, wounded or injured, arrested); `count` is any other count; `year` and `day` date
 * something and are never drawn or compared as amounts.
 */
export type FigureKind = 'killed' | 'wounded' | 'arrested' | 'count' | 'year' | 'day';

/** A number in the report, kept as the report gives it. */
export interface Figure {
  /** As written in the report: "20,000", "26", "dozens", "1989". */
  asWritten: string;
  /** Numeric value; absent for vague amounts such as "dozens". */
  value?: number;
  kind: FigureKind;
  /**
   * Who or what is counted, in the report's terms ("members of the security forces",
   * "checkpoints installed in the country"); for a year or a day, what it dates.
   */
  counts: string;
  /** How the report hedges it; shown with the figure wherever it is shown. */
  qualifier?: 'about' | 'more than' | 'dozens';
  /** Where the report leaves open who was counted, the editor's reading of it (labelled). */
  countsReading?: string;
}

/** A source the report names. */
export type SourceId = 'tokayev' | 'interior-ministry' | 'officials';

/**
 * Who says so, and how the report's own sentence tells. A pronoun ("he added", "It also
 * confirmed", "According to him") never names a source: such a fact is either `unnamed` or
 * the editor's `reading` of who it is, shown with that label (checked in `validate.ts`).
 */
export type Attribution =
  /** The report says so in its own voice. `noSourceNamed` for a figure it gives no source for. */
  | { kind: 'report'; noSourceNamed?: boolean }
  /**
   * The sentence names the source: `namedBy` is that part of it, verbatim, and holds one of the
   * source's names ("Tokayev said in a statement"). `context` says how ("in a televised speech").
   */
  | { kind: 'named'; source: SourceId; namedBy: string; context?: string }
  /** No name, only a pronoun or nothing: `words` are the report's, verbatim ("he added"). */
  | { kind: 'unnamed'; words: string }
  /**
   * A pronoun the editor reads as `source`: `words` are the report's, verbatim ("According to
   * him"); `why` says what the reading rests on.
   */
  | { kind: 'reading'; source: SourceId; words: string; why: string };

/** A relative date of the report ("yesterday", "last Sunday (2)") read as a calendar date. */
export interface DateReading {
  /** The report's words, verbatim from the fact's quote. */
  words: string;
  /** The date the editor reads them as, ISO 8601 (`2022-01-02`). */
  date: string;
}

/** One statement of the report, attributed and traceable to its sentence. */
export interface Fact {
  /** Stable, kebab-case, unique; the source page anchors it as `#fact-<id>`. */
  id: string;
  /**
   * Entities the fact concerns (the card of each may show it), the one it is chiefly about
   * first: a card favours facts about its own entity.
   */
  entities: readonly EntityId[];
  /**
   * Short plain statement in the editor's words. It adds nothing to its quote, keeps every
   * hedge, and puts in quotation marks only words that are verbatim in the quote.
   */
  statement: string;
  /** Structured figures, in the order the sentence gives them. */
  figures?: readonly Figure[];
  /** Who says so (shown through `attributionText`). */
  attribution: Attribution;
  category: FactCategory;
  /** Verbatim text from the bundled report that supports the fact. */
  quote: string;
  /** A relative date of the quote read as a calendar date; shown as the editor's reading. */
  dateReading?: DateReading;
  /**
   * Any other reading of something the report leaves implicit. Shown labelled as the editor's
   * reading, never as the report's words.
   */
  editorsReading?: string;
}
