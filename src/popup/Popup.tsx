import { useCallback, useState } from 'preact/hooks';
import { ENTITIES } from '../dossier/entities';
import { FACTS } from '../dossier/facts';
import type { Entity, EntityId, Fact } from '../dossier/types';
import { WORDING } from '../dossier/wording';
import type { Settings } from '../settings/schema';
import { EntityMentions } from '../ui/EntityMentions';
import { figureGroups } from '../ui/figure-rows';
import { FigureTable } from '../ui/FigureTable';
import { SiteSwitch } from '../ui/SiteSwitch';
import { Switch } from '../ui/Switch';
import { ShortcutList } from '../ui/ShortcutList';
import { useSettings } from '../ui/use-settings';
import { FactsByEntity } from './FactsByEntity';
import { pageSite, pageStatus } from './page-status';
import type { PopupApi } from './popup-api';
import { POPUP_WORDING } from './popup-wording';
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
function figuresSummary(facts: readonly Fact[]): string {
  const rows = figureGroups(facts).flatMap((group) => group.rows);
  return POPUP_WORDING.figuresSummary(rows.length, new Set(rows.map((row) => row.source)).size);
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
  const openOptions = () => api.openOptions().catch(() => setNotice(POPUP_WORDING.optionsFailed));

  return (
    <main class="popup">
      <header class="top">
        <h1>{POPUP_WORDING.title}</h1>
        <button type="button" class="link-button" onClick={() => void openOptions()}>
          {POPUP_WORDING.options}
        </button>
      </header>
      {settings && (
        <section class="switches" aria-label={POPUP_WORDING.highlighting}>
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
            label={POPUP_WORDING.allSites}
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
          {error ? POPUP_WORDING.saveFailed(error) : notice}
        </p>
      )}
      <section aria-labelledby="mentions-title">
        <h2 id="mentions-title">{POPUP_WORDING.onThisPage}</h2>
        <StatusMessage status={status} site={site} />
        {counts && settings && (
          <EntityMentions
            entities={entities}
            counts={counts}
            hidden={settings.hiddenEntities}
            missing={missing}
            onNext={(id) => void next(id)}
          />
        )}
      </section>
      <section aria-labelledby="figures-title">
        <h2 id="figures-title">{POPUP_WORDING.figures}</h2>
        <details class="figures">
          <summary>{figuresSummary(facts)}</summary>
          <FigureTable groups={figureGroups(facts)} sourceUrl={(id) => api.sourceUrl(id)} />
        </details>
      </section>
      <section aria-labelledby="facts-title">
        <h2 id="facts-title">{POPUP_WORDING.keyFacts}</h2>
        <p class="dateline">{WORDING.dateline}</p>
        <FactsByEntity entities={entities} facts={facts} sourceUrl={(id) => api.sourceUrl(id)} />
      </section>
      <ShortcutList load={loadShortcuts} />
      <footer class="links">
        <a href={api.sourceUrl()} target="_blank" rel="noopener noreferrer">
          {POPUP_WORDING.sourceReport}
        </a>
      </footer>
    </main>
  );
}
