import { useCallback, useState } from 'preact/hooks';
import { factWords } from '../dossier/dossier-messages';
import { localiseEntity, localiseFact, TRANSLATIONS } from '../dossier/localise';
import { ENTITIES } from '../dossier/entities';
import { FACTS } from '../dossier/facts';
import type { Entity, EntityId, Fact } from '../dossier/types';
import { datelineText } from '../dossier/wording';
import type { Translator } from '../i18n/translator';
import type { Settings } from '../settings/schema';
import { EntityMentions } from '../ui/EntityMentions';
import { figureGroups } from '../ui/figure-rows';
import { FigureTable } from '../ui/FigureTable';
import { LanguageContext, pageLanguage, useDocumentLanguage } from '../ui/language';
import { SiteSwitch } from '../ui/SiteSwitch';
import { Switch } from '../ui/Switch';
import { ShortcutList } from '../ui/ShortcutList';
import { useSettings } from '../ui/use-settings';
import { FactsByEntity } from './FactsByEntity';
import { pageSite, pageStatus } from './page-status';
import type { PopupApi } from './popup-api';
import { popupWords } from './popup-messages';
import { StatusMessage } from './StatusMessage';
import { usePage } from './use-page';

/** Props of {@link Popup}; the data default to the bundled dossier. */
export interface PopupProps {
  api: PopupApi;
  facts?: readonly Fact[];
  entities?: readonly Entity[];
  /** How often to ask the page for its counts again, in ms (0: only on load and on changes). */
  refreshMs?: number;
}

const withSite = (settings: Settings, site: string, on: boolean): Settings => {
  const others = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: on ? others : [...others, site] };
};

/** "10 figures from 3 sources" (the table is folded under it). */
function figuresSummary(facts: readonly Fact[], tr: Translator<'popup'>): string {
  const rows = figureGroups(facts).flatMap((group) => group.rows);
  const sources = new Set(rows.map((row) => row.source)).size;
  return tr.t('popup.figuresSummary', {
    figures: tr.plural('popup.figureCount', rows.length),
    sources: tr.plural('popup.sourceCount', sources),
  });
}

/**
 * The toolbar popup. Its first view fits the browser's 600 px popup at 360 px wide: this
 * site's and the global switch, the options link, the page's mentions with "Next mention",
 * then the figures table and the key facts folded (each fact once, under the name it is
 * chiefly about), the keyboard shortcuts and the source report. The facts need no page, so
 * they show wherever the popup opens.
 */
export function Popup({ api, facts = FACTS, entities = ENTITIES, refreshMs = 1000 }: PopupProps) {
  const { settings, save, error } = useSettings(api.settings);
  const language = pageLanguage(settings, api.uiLanguage());
  const tr = popupWords(language);
  const words = factWords(language);
  const translation = language === 'en' ? undefined : TRANSLATIONS[language];
  const localFacts = facts.map((fact) => localiseFact(fact, translation));
  const localEntities = entities.map((entity) => localiseEntity(entity, translation));
  useDocumentLanguage(language, tr.t('manifest.name'));
  const page = usePage(api, settings, refreshMs);
  const [missing, setMissing] = useState<readonly EntityId[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const status = pageStatus({ ...page, settings });
  const site = pageSite(page.tab, page.state);
  const counts = status === 'on' ? page.state?.counts : undefined;
  const loadShortcuts = useCallback(() => api.getShortcuts(), [api]);

  const next = async (entityId: EntityId) => {
    const found = page.tab !== null && (await api.nextMention(page.tab.id, entityId));
    setMissing((was) => [...was.filter((id) => id !== entityId), ...(found ? [] : [entityId])]);
  };
  const openOptions = () => api.openOptions().catch(() => setNotice(tr.t('popup.optionsFailed')));

  return (
    <LanguageContext.Provider value={language}>
      <main class="popup">
        <header class="top">
          <h1>{tr.t('manifest.name')}</h1>
          <button type="button" class="link-button" onClick={() => void openOptions()}>
            {tr.t('popup.options')}
          </button>
        </header>
        {settings && (
          <section class="switches" aria-label={tr.t('popup.highlighting')}>
            {site !== null && (
              <SiteSwitch
                site={site}
                enabled={!settings.disabledSites.includes(site)}
                globallyOff={!settings.enabled}
                onChange={(on) =>
                  save(
                    (s) => withSite(s, site, on),
                    () => api.settings.setSiteEnabled(site, on),
                  )
                }
              />
            )}
            <Switch
              label={tr.t('popup.allSites')}
              checked={settings.enabled}
              onChange={(enabled) =>
                save(
                  (s) => ({ ...s, enabled }),
                  () => api.settings.update((s) => ({ ...s, enabled })),
                )
              }
            />
          </section>
        )}
        {(error ?? notice) && (
          <p class="error" role="alert">
            {error ? tr.t('common.saveFailed', { reason: error }) : notice}
          </p>
        )}
        <section aria-labelledby="mentions-title">
          <h2 id="mentions-title">{tr.t('popup.onThisPage')}</h2>
          <StatusMessage status={status} site={site} />
          {counts && settings && (
            <EntityMentions
              entities={localEntities}
              counts={counts}
              hidden={settings.hiddenEntities}
              missing={missing}
              onNext={(id) => void next(id)}
            />
          )}
        </section>
        <section aria-labelledby="figures-title">
          <h2 id="figures-title">{tr.t('popup.figures')}</h2>
          <details class="figures">
            <summary>{figuresSummary(facts, tr)}</summary>
            <FigureTable
              groups={figureGroups(localFacts, words)}
              sourceUrl={(id) => api.sourceUrl(id)}
            />
          </details>
        </section>
        <section aria-labelledby="facts-title">
          <h2 id="facts-title">{tr.t('popup.keyFacts')}</h2>
          <p class="dateline">{datelineText(words)}</p>
          <FactsByEntity
            entities={localEntities}
            facts={localFacts}
            sourceUrl={(id) => api.sourceUrl(id)}
          />
        </section>
        <ShortcutList load={loadShortcuts} />
        <footer class="links">
          <a href={api.sourceUrl()} target="_blank" rel="noopener noreferrer">
            {tr.t('popup.sourceReport')}
          </a>
        </footer>
      </main>
    </LanguageContext.Provider>
  );
}
