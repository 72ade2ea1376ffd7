import { useState } from 'preact/hooks';
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
import { useSettings } from '../ui/use-settings';
import { FactsByEntity } from './FactsByEntity';
import { pageSite, pageStatus } from './page-status';
import type { PopupApi } from './popup-api';
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

/** The entities mentioned on the page, or the first when none is (or the page cannot tell). */
const openEntities = (entities: readonly Entity[], counts?: Record<EntityId, number>) => {
  const mentioned = entities.filter((e) => (counts?.[e.id] ?? 0) > 0);
  return (mentioned.length > 0 ? mentioned : entities.slice(0, 1)).map((e) => e.id);
};

/**
 * The toolbar popup: this site's and the global switch, the page's mentions with "Next
 * mention", the report's figures in a table by what they count, and the key facts per entity. The facts
 * need no page, so they show wherever the popup opens.
 */
export function Popup({ api, facts = FACTS, entities = ENTITIES, refreshMs = 1000 }: PopupProps) {
  const { settings, save, error } = useSettings(api.settings);
  const page = usePage(api, settings, refreshMs);
  const [missing, setMissing] = useState<readonly EntityId[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const status = pageStatus({ ...page, settings });
  const site = pageSite(page.tab, page.state);
  const counts = status === 'on' ? page.state?.counts : undefined;

  const next = async (entityId: EntityId) => {
    const found = page.tab !== null && (await api.nextMention(page.tab.id, entityId));
    setMissing((was) => [...was.filter((id) => id !== entityId), ...(found ? [] : [entityId])]);
  };
  const openOptions = () =>
    api.openOptions().catch(() => setNotice('The options page could not be opened.'));

  return (
    <main class="popup">
      <header>
        <h1>Kazakhstan Context</h1>
      </header>
      {settings && (
        <section class="switches" aria-label="Highlighting">
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
            label="Highlight on all sites"
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
          {error ? `Your change could not be saved: ${error}` : notice}
        </p>
      )}
      <section aria-labelledby="mentions-title">
        <h2 id="mentions-title">On this page</h2>
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
        <h2 id="figures-title">Figures in the report</h2>
        <FigureTable groups={figureGroups(facts)} sourceUrl={(id) => api.sourceUrl(id)} />
      </section>
      <section aria-labelledby="facts-title">
        <h2 id="facts-title">Key facts</h2>
        <p class="dateline">{WORDING.dateline}</p>
        <FactsByEntity
          entities={entities}
          facts={facts}
          sourceUrl={(id) => api.sourceUrl(id)}
          open={openEntities(entities, counts)}
        />
      </section>
      <footer class="links">
        <a href={api.sourceUrl()} target="_blank" rel="noopener noreferrer">
          Source report
        </a>
        <button type="button" class="link-button" onClick={() => void openOptions()}>
          Options
        </button>
      </footer>
    </main>
  );
}
