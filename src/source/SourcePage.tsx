import { ARTICLE } from '@/src/dossier/article';
import { useState } from 'preact/hooks';
import { FACTS, REPORT_DATE } from '@/src/dossier/facts';
import type { Fact } from '@/src/dossier/types';
import { factWords } from '@/src/dossier/dossier-messages';
import { localiseFact, TRANSLATIONS } from '@/src/dossier/localise';
import { attributionText } from '@/src/dossier/wording';
import { browserLanguage } from '@/src/i18n/browser-language';
import { resolveLanguage } from '@/src/i18n/languages';
import type { SettingsStore } from '@/src/settings/settings-store';
import { useDocumentLanguage, useLanguageSetting } from '@/src/ui/language';
import { FactNotes } from './FactNotes';
import { markQuotes, type Piece } from './mark-quotes';
import { sourceWords } from './source-messages';
import { ReportWords } from '@/src/ui/ReportWords';
import { useFactTarget } from './use-fact-target';

/** Props of {@link SourcePage}; every one defaults to the bundled report and the real window. */
export interface SourcePageProps {
  article?: string;
  facts?: readonly Fact[];
  /** Where the URL hash is read from; undefined renders without following it. */
  win?: Window;
  /** The reader's settings, for the page's language; without them, the browser's language. */
  settings?: SettingsStore;
  /** The browser's UI language ("en-US", "ru"). */
  uiLanguage?: () => string;
}

interface MarksProps {
  pieces: readonly Piece[];
  factsById: ReadonlyMap<string, Fact>;
  activeFactId?: string;
  /** Says a fact in the page's language, for a mark's tooltip. */
  describe: (fact: Fact) => string;
}

/** Renders text pieces, wrapping each quote in a `<mark>` that names its fact on hover. */
function Marks({ pieces, factsById, activeFactId, describe }: MarksProps) {
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
            title={fact && describe(fact)}
          >
            <Marks
              pieces={piece.pieces}
              factsById={factsById}
              activeFactId={activeFactId}
              describe={describe}
            />
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
  settings,
  uiLanguage = browserLanguage,
}: SourcePageProps) {
  const language = resolveLanguage(useLanguageSetting(settings), uiLanguage());
  const tr = sourceWords(language);
  const words = factWords(language);
  const translation = language === 'en' ? undefined : TRANSLATIONS[language];
  const localFacts = facts.map((fact) => localiseFact(fact, translation));
  const localById = new Map(localFacts.map((fact) => [fact.id, fact]));
  const describe = (fact: Fact) => {
    const local = localById.get(fact.id) ?? fact;
    return `${local.statement} (${attributionText(local.attribution, words)})`;
  };
  useDocumentLanguage(language, tr.t('source.pageTitle'));
  const activeFactId = useFactTarget(win);
  const [showAll, setShowAll] = useState(false);
  const factsById = new Map(facts.map((fact) => [fact.id, fact]));
  const paragraphs = markQuotes(article, facts);
  return (
    <main class="source-page">
      <header>
        <p class="kicker">{tr.t('manifest.name')}</p>
        <h1>{tr.t('source.title')}</h1>
        <p class="about">
          <time dateTime={REPORT_DATE}>
            {tr.t('source.about', { date: words.tr.date(REPORT_DATE) })}
          </time>
        </p>
        <p class="dateline">
          <ReportWords text={tr.t('source.readings')} language={language} />
        </p>
        {language !== 'en' && <p class="dateline">{tr.t('source.inEnglish')}</p>}
        <label class="show-all">
          <input
            type="checkbox"
            checked={showAll}
            onChange={(event) => setShowAll(event.currentTarget.checked)}
          />
          {tr.t('source.showAll')}
        </label>
      </header>
      <article
        class={showAll ? 'report show-all-marks' : 'report'}
        aria-label={tr.t('source.reportLabel')}
        lang="en"
      >
        {paragraphs.map((pieces, index) => (
          <p key={index}>
            <Marks
              pieces={pieces}
              factsById={factsById}
              activeFactId={activeFactId}
              describe={describe}
            />
          </p>
        ))}
      </article>
      <FactNotes facts={localFacts} activeFactId={activeFactId} language={language} />
    </main>
  );
}
