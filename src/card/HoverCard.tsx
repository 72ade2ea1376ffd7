import type { EntityId } from '../dossier/types';
import type { CardContent, CardFact } from './card-content';
import type { CardFigure } from './statement-parts';

/** Props of {@link HoverCard}: the data to show and what its controls do. */
export interface HoverCardProps {
  content: CardContent;
  /** URL of the source report at a fact's sentence. */
  sourceUrl: (factId: string) => string;
  onClose: () => void;
  onTurnOffSite: () => void;
  onHideEntity: (entityId: EntityId) => void;
  /**
   * Called instead of following the source link on a plain primary click, when given (a web
   * page cannot navigate to an extension page unless it is web-accessible).
   */
  onOpenSource?: (factId: string) => void;
  /** The page's direction: mirrors the layout only; the English text stays left to right. */
  dir?: 'ltr' | 'rtl';
  /** Id of the heading, unique in the card's shadow root. */
  headingId?: string;
}

function Figure({ figure }: { figure: CardFigure }) {
  return <strong class="figure">{figure.asWritten}</strong>;
}

/** A statement with its figures in `<strong>`, then any figure it does not spell out. */
function FactItem({ fact }: { fact: CardFact }) {
  return (
    <li class="fact" data-fact={fact.id}>
      {fact.parts.map((part, i) =>
        typeof part === 'string' ? part : <Figure key={i} figure={part.figure} />,
      )}
      {fact.looseFigures.map((figure, i) => (
        <span key={`loose-${i}`} class="loose">
          {' ('}
          <Figure figure={figure} /> {figure.counts})
        </span>
      ))}{' '}
      <span class="attribution">— {fact.attribution}</span>
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
 * The hover card: who or what the name is, key facts with their figures and sources, a short
 * quote, the page's mention count, the source link and the card's switches. Props -> JSX only;
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
        <ul class="facts">
          {content.facts.map((fact) => (
            <FactItem key={fact.id} fact={fact} />
          ))}
        </ul>
        {quote && (
          <figure class="quote">
            <blockquote>
              <q>{quote.text}</q>
            </blockquote>
            <figcaption>— {quote.attribution}</figcaption>
          </figure>
        )}
        <p class="count">{content.mentionText}</p>
        <a
          class="source"
          href={props.sourceUrl(content.sourceFactId)}
          target="_blank"
          rel="noopener noreferrer"
          onClick={sourceClick(content.sourceFactId, props.onOpenSource)}
        >
          Read the sentence in the source report
        </a>
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
