import { ARTICLE } from '@/src/dossier/article';
import { FACTS, REPORT_DATE, REPORT_DATE_LABEL } from '@/src/dossier/facts';
import type { Fact } from '@/src/dossier/types';
import { attributionText } from '@/src/dossier/wording';
import { FactNotes } from './FactNotes';
import { markQuotes, type Piece } from './mark-quotes';
import { useFactTarget } from './use-fact-target';

/** Props of {@link SourcePage}; every one defaults to the bundled report and the real window. */
export interface SourcePageProps {
  article?: string;
  facts?: readonly Fact[];
  /** Where the URL hash is read from; undefined renders without following it. */
  win?: Window;
}

interface MarksProps {
  pieces: readonly Piece[];
  factsById: ReadonlyMap<string, Fact>;
  activeFactId?: string;
}

/** Renders text pieces, wrapping each quote in a `<mark>` that names its fact on hover. */
function Marks({ pieces, factsById, activeFactId }: MarksProps) {
  return (
    <>
      {pieces.map((piece, index) => {
        if (typeof piece === 'string') return piece;
        const fact = factsById.get(piece.factId);
        const classes = ['quote', piece.factId === activeFactId && 'is-target'];
        return (
          <mark
            key={index}
            id={piece.anchor ? `fact-${piece.factId}` : undefined}
            class={classes.filter(Boolean).join(' ')}
            data-fact={piece.factId}
            title={fact && `${fact.statement} (${attributionText(fact.attribution)})`}
          >
            <Marks pieces={piece.pieces} factsById={factsById} activeFactId={activeFactId} />
          </mark>
        );
      })}
    </>
  );
}

/**
 * The bundled report in full, every quoted sentence marked and anchored as `#fact-<id>`, so a
 * card's "source" link lands on the exact words it cites.
 */
export function SourcePage({
  article = ARTICLE,
  facts = FACTS,
  win = globalThis.window,
}: SourcePageProps) {
  const activeFactId = useFactTarget(win);
  const factsById = new Map(facts.map((fact) => [fact.id, fact]));
  const paragraphs = markQuotes(article, facts);
  return (
    <main class="source-page">
      <header>
        <p class="kicker">Kazakhstan Context</p>
        <h1>Source report</h1>
        <p class="dateline">
          Dated <time dateTime={REPORT_DATE}>{REPORT_DATE_LABEL}</time>, as given with the report.
          Its “today”, “yesterday”, “Thursday” and “last Sunday (2)” are read against that date;
          those readings, and who its “he” and “It” are, are the editor’s and are labelled so below.
        </p>
      </header>
      <article class="report" aria-label="The report, verbatim">
        {paragraphs.map((pieces, index) => (
          <p key={index}>
            <Marks pieces={pieces} factsById={factsById} activeFactId={activeFactId} />
          </p>
        ))}
      </article>
      <FactNotes facts={facts} activeFactId={activeFactId} />
    </main>
  );
}
