/** Mentions per entity id, as plantMentions and the content script's counts give them. */
export type Counts = Record<string, number>;

/** Everything the corpus check records about one saved page. */
export interface CorpusRecord {
  page: string;
  htmlKB: number;
  /** Set when a load failed: the page could not be checked. */
  failure?: string;
  planted: Counts;
  /**
   * The mentions the content script found on the planted page after its first scan, rendered
   * or not: a name planted into hidden text (a closed menu, `display: none`) is found and
   * indexed, but not counted for the reader.
   */
  found: Counts;
  /** Of those, the ones in rendered text: what the badge and popup tell the reader. */
  shown: Counts;
  /** The mentions found on the original (unplanted) page, rendered or not: all must be 0. */
  unplantedFound: Counts;
  errors: {
    /** Errors whose stack, URL or world is our extension's, from both loads with it. */
    ours: string[];
    /** The page's own errors on the planted load (mostly its blocked remote resources). */
    page: number;
  };
  dom: {
    /** `body.innerHTML` differs from its DOMContentLoaded snapshot, with the extension. */
    changedHtml: boolean;
    /** The same, without the extension (the page's own scripts). */
    baselineChangedHtml: boolean;
    mutations: number;
    baselineMutations: number;
    /** `type on NODE ×n`: records seen with the extension beyond every load without it. */
    ours: string[];
  };
  /** The scanner's longest slice by its own clock, over both scans of the planted page. */
  longestSliceMs: number;
  scanMs: number;
  heap: { offKB: number; onKB: number; growthKB: number };
  /** Remote requests of the planted page that the harness blocked. */
  blockedRequests: number;
}

/** Zero mentions of every entity: what a page that could not be checked reports. */
export const EMPTY_COUNTS: Counts = Object.freeze({ kazakhstan: 0, tokayev: 0, almaty: 0 });
