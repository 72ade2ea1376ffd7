import type { EntityId } from '../dossier/types';
import { ReportWords } from '../ui/ReportWords';
import type { CardContent, CardFact } from './card-content';
import { cardWords } from './card-messages';
import { CloseButton } from './CloseButton';
import { trusted } from './trusted-input';

/** Props of {@link HoverCard}: the data to show and what its controls do. */
export interface HoverCardProps {
  content: CardContent;
  onClose: () => void;
  onTurnOffSite: () => void;
  onHideEntity: (entityId: EntityId) => void;
  /**
   * Opens the source report at a fact's sentence; `background` for a middle or Ctrl/⌘ click.
   * The links have no `href`: a web page cannot open an extension page that is not
   * web-accessible (a real href would give a `chrome-error://` tab on middle-click, "Open in
   * new tab" or a drag), so every activation goes through this callback.
   */
  onOpenSource: (factId: string, background: boolean) => void;
  /** A line under the card's buttons (why a click did not count). */
  notice?: string | undefined;
  /** The page's direction: mirrors the layout only; the card's own text stays left to right. */
  dir?: 'ltr' | 'rtl';
  /** Id of the heading, unique in the card's shadow root. */
  headingId?: string;
}

/** A link to one fact's sentence on the source page (opened through the background). */
function SourceLink(props: {
  factId: string;
  card: HoverCardProps;
  class: string;
  children: string;
}) {
  const { language } = props.card.content;
  return (
    <a
      class={props.class}
      role="link"
      tabIndex={0}
      title={cardWords(language).t('card.sourceLinkTitle')}
      data-source-fact={props.factId}
      {...sourceHandlers(props.card.onOpenSource)}
    >
      <ReportWords text={props.children} language={language} />
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
          <ReportWords key={i} text={run.text} language={card.content.language} />
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

/**
 * A source link's handlers: a click, a middle click, Enter; Ctrl/⌘ or middle: background. The
 * fact comes from the link's own `data-source-fact`, so what the card says it links to (and
 * the guards in tests/guards check) is exactly what opens.
 */
function sourceHandlers(open: HoverCardProps['onOpenSource']) {
  const activate = (event: MouseEvent | KeyboardEvent, middle: boolean) => {
    event.preventDefault();
    const factId = (event.currentTarget as HTMLElement | null)?.dataset.sourceFact;
    if (factId) open(factId, middle || event.ctrlKey || event.metaKey);
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

/** The card's controls in Tab order (links to sentences have `tabindex="0"`, not `href`). */
const controlsOf = (card: HTMLElement) =>
  [...card.querySelectorAll<HTMLElement>('button, [tabindex="0"]')].filter(
    (control) => !control.hasAttribute('disabled'),
  );

/**
 * Keeps Tab inside the card once focus is in it (from the keyboard commands): past the last
 * control back to the first, before the first to the last, as in a dialog. Esc (the popover's
 * close request) gives focus back where the reader was.
 */
function cycleTab(event: KeyboardEvent): void {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  const card = event.currentTarget as HTMLElement;
  const controls = controlsOf(card);
  const first = controls[0];
  const last = controls[controls.length - 1];
  const active = (card.getRootNode() as ShadowRoot | Document).activeElement;
  const wrapTo = event.shiftKey
    ? active === first || active === card
      ? last
      : undefined
    : active === last
      ? first
      : undefined;
  if (!wrapTo) return;
  event.preventDefault();
  wrapTo.focus();
}

/**
 * The hover card: who or what the name is (its line linked to the report's sentence), the
 * report's date, two or three key facts with their figures and sources (each linked to its own
 * sentence) and one row of actions that never scrolls away (the page's counts are in the
 * popup). Props ->
 * JSX only; the controller owns the host, timing and position.
 */
export function HoverCard(props: HoverCardProps) {
  const { content, headingId = 'kc-card-heading' } = props;
  const { descriptor, language } = content;
  const words = cardWords(language);
  return (
    <div
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      tabIndex={-1}
      dir={props.dir ?? 'ltr'}
      lang={language}
      onKeyDown={trusted(cycleTab)}
    >
      <div class="head">
        <h2 id={headingId} dir="ltr">
          {content.name}
        </h2>
        <CloseButton label={words.t('card.close')} onClose={props.onClose} />
      </div>
      <div class="body" dir="ltr">
        <p class="descriptor">
          {descriptor.text}{' '}
          <span class="attribution">
            {'— '}
            <SourceLink factId={descriptor.factId} card={props} class="descriptor-source">
              {descriptor.attribution}
            </SourceLink>
          </span>
        </p>
        <p class="dateline">{content.dateline}</p>
        <ul class="facts">
          {content.facts.map((fact) => (
            <FactItem key={fact.id} fact={fact} card={props} />
          ))}
        </ul>
        {content.figuresNote && <p class="note">{content.figuresNote}</p>}
        {content.quotesNote && <p class="note">{content.quotesNote}</p>}
      </div>
      <div class="foot" dir="ltr">
        <div class="actions">
          <button type="button" onClick={trusted(props.onTurnOffSite)}>
            {words.t('card.turnOffSite')}
          </button>
          <button
            type="button"
            title={words.t('card.hideEntityTitle', { name: content.name })}
            onClick={trusted(() => props.onHideEntity(content.entityId))}
          >
            {words.t('card.hideEntity', { name: content.shortName })}
          </button>
        </div>
        {props.notice && (
          <p class="notice" role="status">
            {props.notice}
          </p>
        )}
      </div>
    </div>
  );
}
