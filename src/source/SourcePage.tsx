import { ARTICLE } from '@/src/dossier/article';
import { useState } from 'preact/hooks';
import { FACTS, REPORT_DATE } from '@/src/dossier/facts';
import type { Fact } from '@/src/dossier/types';
import { attributionText } from '@/src/dossier/wording';
import { FactNotes } from './FactNotes';
import { markQuotes, type Piece } from './mark-quotes';
import { SOURCE_WORDING } from './source-wording';
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
        const active = piece.factId === activeFactId;
        const classes = ['quote', active && 'is-target'];
        return (
          <mark
            key={index}
            id={piece.anchor ? `fact-${piece.factId}` : undefined}
            // The sentence a link points at takes focus on arrival (use-fact-target.ts).
            tabIndex={active && piece.anchor ? -1 : undefined}
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
 * The bundled report in full, every quoted sentence anchored as `#fact-<id>`, so a card's
 * source link lands on the exact words it cites. Only that sentence stands out (scrolled to,
 * focused, filled); the others are marked by a thin dotted line, and filled on demand.
 */
export function SourcePage({
  article = ARTICLE,
  facts = FACTS,
  win = globalThis.window,
}: SourcePageProps) {
  const activeFactId = useFactTarget(win);
  const [showAll, setShowAll] = useState(false);
  const factsById = new Map(facts.map((fact) => [fact.id, fact]));
  const paragraphs = markQuotes(article, facts);
  return (
    <main class="source-page">
      <header>
        <p class="kicker">{SOURCE_WORDING.kicker}</p>
        <h1>{SOURCE_WORDING.title}</h1>
        <p class="about">
          <time dateTime={REPORT_DATE}>{SOURCE_WORDING.about}</time>
        </p>
        <p class="dateline">{SOURCE_WORDING.readings}</p>
        <label class="show-all">
          <input
            type="checkbox"
            checked={showAll}
            onChange={(event) => setShowAll(event.currentTarget.checked)}
          />
          {SOURCE_WORDING.showAll}
        </label>
      </header>
      <article
        class={showAll ? 'report show-all-marks' : 'report'}
        aria-label={SOURCE_WORDING.reportLabel}
      >
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
