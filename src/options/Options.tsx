import { ENTITIES } from '../dossier/entities';
import type { Entity, EntityId } from '../dossier/types';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import type { SettingsStore } from '../settings/settings-store';
import type { Shortcut } from '../ui/shortcuts';
import { ShortcutList } from '../ui/ShortcutList';
import { Switch } from '../ui/Switch';
import { useSettings } from '../ui/use-settings';
import { EntityToggles } from './EntityToggles';
import { HoverDelayField } from './HoverDelayField';
import { OPTIONS_WORDING } from './options-wording';
import { ResetSettings } from './ResetSettings';
import { SiteList } from './SiteList';
import { StyleChoice } from './StyleChoice';

/** Props of {@link Options}. */
export interface OptionsProps {
  settings: SettingsStore;
  entities?: readonly Entity[];
  /** Reads the keyboard shortcuts (`readShortcuts`); without it, they are not listed. */
  loadShortcuts?: () => Promise<Shortcut[]>;
}

const withEntity = (settings: Settings, id: EntityId, highlighted: boolean): Settings => {
  const others = settings.hiddenEntities.filter((hidden) => hidden !== id);
  return { ...settings, hiddenEntities: highlighted ? others : [...others, id] };
};

/**
 * The options page: sites where highlighting is off, names to highlight, how and when. Every
 * change is written at once through the store, and the page follows the store, so a change
 * made in the popup or another window shows here without a reload.
 */
export function Options({ settings: store, entities = ENTITIES, loadShortcuts }: OptionsProps) {
  const { settings, save, error } = useSettings(store);
  const change = (edit: (s: Settings) => Settings) => save(edit, () => store.update(edit));

  return (
    <main class="options">
      <h1>Kazakhstan Context options</h1>
      {error && (
        <p class="error" role="alert">
          Your change could not be saved: {error}
        </p>
      )}
      {!settings ? (
        <p>Loading…</p>
      ) : (
        <>
          <section aria-labelledby="sites-title">
            <h2 id="sites-title">{OPTIONS_WORDING.whereTitle}</h2>
            <Switch
              label={OPTIONS_WORDING.allSites}
              checked={settings.enabled}
              onChange={(enabled) => change((s) => ({ ...s, enabled }))}
              hint={settings.enabled ? undefined : OPTIONS_WORDING.allSitesOff}
            />
            <h3>{OPTIONS_WORDING.offSitesTitle}</h3>
            <SiteList
              sites={settings.disabledSites}
              allSitesOn={settings.enabled}
              onRemove={(site) =>
                save(
                  (s) => ({ ...s, disabledSites: s.disabledSites.filter((k) => k !== site) }),
                  () => store.setSiteEnabled(site, true),
                )
              }
              onRemoveAll={() => change((s) => ({ ...s, disabledSites: [] }))}
            />
          </section>
          <section aria-labelledby="look-title">
            <h2 id="look-title">Highlights</h2>
            <EntityToggles
              entities={entities}
              hidden={settings.hiddenEntities}
              onChange={(id, on) => change((s) => withEntity(s, id, on))}
            />
            <StyleChoice
              value={settings.highlightStyle}
              onChange={(highlightStyle) => change((s) => ({ ...s, highlightStyle }))}
            />
          </section>
          <section aria-labelledby="cards-title">
            <h2 id="cards-title">Cards</h2>
            <HoverDelayField
              value={settings.hoverDelayMs}
              onCommit={(hoverDelayMs) => change((s) => ({ ...s, hoverDelayMs }))}
            />
            <label class="choice">
              <input
                type="checkbox"
                checked={settings.cardNeedsModifier}
                onChange={(event) => {
                  const cardNeedsModifier = event.currentTarget.checked;
                  change((s) => ({ ...s, cardNeedsModifier }));
                }}
              />
              Card needs a modifier key (Alt, or Option on a Mac)
            </label>
          </section>
          {loadShortcuts && <ShortcutList load={loadShortcuts} withHint />}
          <section aria-labelledby="reset-title">
            <h2 id="reset-title">Start over</h2>
            <ResetSettings
              onReset={() =>
                save(
                  () => ({ ...DEFAULT_SETTINGS }),
                  () => store.reset(),
                )
              }
            />
          </section>
        </>
      )}
    </main>
  );
}
