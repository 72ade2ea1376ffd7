import type { EntityId } from '../dossier/types';
import type { CardContent, CardFact } from './card-content';
import type { CardFigure } from './statement-parts';
import { trusted } from './trusted-input';

/** Props of {@link HoverCard}: the data to show and what its controls do. */
export interface HoverCardProps {
  content: CardContent;
  onClose: () => void;
  onTurnOffSite: () => void;
  onHideEntity: (entityId: EntityId) => void;
  /**
   * Opens the source report at a fact's sentence; `background` for a middle or Ctrl/⌘ click.
   * The link has no `href`: a web page cannot open an extension page that is not
   * web-accessible (a real href would give a `chrome-error://` tab on middle-click, "Open in
   * new tab" or a drag), so every activation goes through this callback.
   */
  onOpenSource: (factId: string, background: boolean) => void;
  /** A line under the card's buttons (why a click did not count). */
  notice?: string | undefined;
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

/** The source link's handlers: a click, a middle click, Enter; Ctrl/⌘ or middle: background. */
function sourceHandlers(factId: string, open: HoverCardProps['onOpenSource']) {
  const activate = (event: MouseEvent | KeyboardEvent, middle: boolean) => {
    event.preventDefault();
    open(factId, middle || event.ctrlKey || event.metaKey);
  };
  return {
    onClick: trusted((event: MouseEvent) => activate(event, false)),
    onAuxClick: trusted((event: MouseEvent) => {
      if (event.button === 1) activate(event, true);
    }),
    onKeyDown: trusted((event: KeyboardEvent) => {
      if (event.key === 'Enter') activate(event, false);
    }),
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
        <button type="button" class="close" aria-label="Close" onClick={trusted(props.onClose)}>
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
          role="link"
          tabIndex={0}
          {...sourceHandlers(content.sourceFactId, props.onOpenSource)}
        >
          Read the sentence in the source report
        </a>
      </div>
      <div class="actions">
        <button type="button" dir="ltr" onClick={trusted(props.onTurnOffSite)}>
          Turn off on this site
        </button>
        <button
          type="button"
          dir="ltr"
          onClick={trusted(() => props.onHideEntity(content.entityId))}
        >
          Hide {content.name} highlights
        </button>
      </div>
      {props.notice && (
        <p class="notice" role="status" dir="ltr">
          {props.notice}
        </p>
      )}
    </div>
  );
}
