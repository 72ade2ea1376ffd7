import type { EntityId } from '../dossier/types';
import type { CardContent, CardFact } from './card-content';

/** Props of {@link HoverCard}: the data to show and what its controls do. */
export interface HoverCardProps {
  content: CardContent;
  /** URL of the source report at a fact's sentence. */
  sourceUrl: (factId: string) => string;
  onClose: () => void;
  onTurnOffSite: () => void;
  onHideEntity: (entityId: EntityId) => void;
  /**
   * Called instead of following a source link on a plain primary click, when given (a web
   * page cannot navigate to an extension page unless it is web-accessible).
   */
  onOpenSource?: (factId: string) => void;
  /** The page's direction: mirrors the layout only; the English text stays left to right. */
  dir?: 'ltr' | 'rtl';
  /** Id of the heading, unique in the card's shadow root. */
  headingId?: string;
}

/** A link to one fact's sentence on the source page. */
function SourceLink(props: {
  factId: string;
  card: HoverCardProps;
  class: string;
  children: string;
}) {
  const { factId, card } = props;
  return (
    <a
      class={props.class}
      href={card.sourceUrl(factId)}
      target="_blank"
      rel="noopener noreferrer"
      title="Read this sentence in the source report"
      onClick={sourceClick(factId, card.onOpenSource)}
    >
      {props.children}
    </a>
  );
}

/**
 * A statement with its figures (hedges included) in `<strong>`, the date it refers to where the
 * editor reads one, and who says so, linked to the fact's own sentence in the report.
 */
function FactItem({ fact, card }: { fact: CardFact; card: HoverCardProps }) {
  return (
    <li class="fact" data-fact={fact.id}>
      {fact.runs.map((run, i) =>
        run.strong ? (
          <strong key={i} class="figure">
            {run.text}
          </strong>
        ) : (
          run.text
        ),
      )}
      {fact.when && <span class="when">{fact.when}</span>}{' '}
      <span class="attribution">
        {'— '}
        <SourceLink factId={fact.id} card={card} class="fact-source">
          {fact.attribution}
        </SourceLink>
      </span>
    </li>
  );
}

/** Opens the source through the callback on a plain primary click; other clicks keep the link. */
function sourceClick(factId: string, onOpenSource: HoverCardProps['onOpenSource']) {
  if (!onOpenSource) return undefined;
  return (event: MouseEvent) => {
    const modified = event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
    if (event.button !== 0 || modified) return;
    event.preventDefault();
    onOpenSource(factId);
  };
}

/**
 * The hover card: who or what the name is, the report's date, key facts with their figures
 * and sources (each linked to its own sentence), a short quote, the page's mention count, the
 * source link and the card's switches. Props -> JSX only;
 * the controller owns the host, timing and position.
 */
export function HoverCard(props: HoverCardProps) {
  const { content, headingId = 'kc-card-heading' } = props;
  const { quote } = content;
  return (
    <div
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      tabIndex={-1}
      dir={props.dir ?? 'ltr'}
      lang="en"
    >
      <div class="head">
        <h2 id={headingId} dir="ltr">
          {content.name}
        </h2>
        <button type="button" class="close" aria-label="Close" onClick={props.onClose}>
          ×
        </button>
      </div>
      <div class="body" dir="ltr">
        <p class="descriptor">{content.descriptor}</p>
        <p class="dateline">{content.dateline}</p>
        <ul class="facts">
          {content.facts.map((fact) => (
            <FactItem key={fact.id} fact={fact} card={props} />
          ))}
        </ul>
        {content.figuresNote && <p class="note">{content.figuresNote}</p>}
        {quote && (
          <figure class="quote" data-fact={quote.factId}>
            <blockquote>
              {/* The "…" marks where a long quote is cut; the words before it are verbatim. */}
              <q>
                {quote.text}
                {quote.shortened && '…'}
              </q>
            </blockquote>
            <figcaption>
              {'— '}
              <SourceLink factId={quote.factId} card={props} class="quote-source">
                {quote.attribution}
              </SourceLink>
            </figcaption>
          </figure>
        )}
        <p class="count">{content.mentionText}</p>
        <SourceLink factId={content.sourceFactId} card={props} class="source">
          Open the source report
        </SourceLink>
      </div>
      <div class="actions">
        <button type="button" dir="ltr" onClick={props.onTurnOffSite}>
          Turn off on this site
        </button>
        <button type="button" dir="ltr" onClick={() => props.onHideEntity(content.entityId)}>
          Hide {content.name} highlights
        </button>
      </div>
    </div>
  );
}
