import { factWords } from '../dossier/dossier-messages';
import { ENTITIES } from '../dossier/entities';
import type { Entity, EntityId } from '../dossier/types';
import { browserLanguage as readBrowserLanguage } from '../i18n/browser-language';
import { resolveLanguage } from '../i18n/languages';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import type { SettingsStore } from '../settings/settings-store';
import type { Shortcut } from '../ui/shortcuts';
import { ShortcutList } from '../ui/ShortcutList';
import { LanguageContext, pageLanguage, useDocumentLanguage } from '../ui/language';
import { Switch } from '../ui/Switch';
import { useSettings } from '../ui/use-settings';
import { EntityToggles } from './EntityToggles';
import { HoverDelayField } from './HoverDelayField';
import { LanguageChoice } from './LanguageChoice';
import { optionsWords } from './options-messages';
import { ResetSettings } from './ResetSettings';
import { SiteList } from './SiteList';
import { StyleChoice } from './StyleChoice';

/** Props of {@link Options}. */
export interface OptionsProps {
  settings: SettingsStore;
  entities?: readonly Entity[];
  /** Reads the keyboard shortcuts (`readShortcuts`); without it, they are not listed. */
  loadShortcuts?: () => Promise<Shortcut[]>;
  /** The browser's UI language ("en-US", "ru"): the page's language unless the reader chose. */
  uiLanguage?: () => string;
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
export function Options({
  settings: store,
  entities = ENTITIES,
  loadShortcuts,
  uiLanguage = readBrowserLanguage,
}: OptionsProps) {
  const { settings, save, error } = useSettings(store);
  const change = (edit: (s: Settings) => Settings) => save(edit, () => store.update(edit));
  const browserLanguage = uiLanguage();
  const language = pageLanguage(settings, browserLanguage);
  const tr = optionsWords(language);
  const local = factWords(language).entities;
  useDocumentLanguage(language, tr.t('options.pageTitle'));

  return (
    <LanguageContext.Provider value={language}>
      <main class="options">
        <h1>{tr.t('options.title')}</h1>
        {error && (
          <p class="error" role="alert">
            {tr.t('common.saveFailed', { reason: error })}
          </p>
        )}
        {!settings ? (
          <p>{tr.t('common.loading')}</p>
        ) : (
          <>
            <section aria-labelledby="sites-title">
              <h2 id="sites-title">{tr.t('options.whereTitle')}</h2>
              <Switch
                label={tr.t('options.allSites')}
                checked={settings.enabled}
                onChange={(enabled) => change((s) => ({ ...s, enabled }))}
                hint={settings.enabled ? undefined : tr.t('options.allSitesOff')}
              />
              <h3>{tr.t('options.offSitesTitle')}</h3>
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
              <h2 id="look-title">{tr.t('options.highlightsTitle')}</h2>
              <EntityToggles
                entities={entities.map((e) => local.find((l) => l.id === e.id) ?? e)}
                hidden={settings.hiddenEntities}
                onChange={(id, on) => change((s) => withEntity(s, id, on))}
              />
              <StyleChoice
                value={settings.highlightStyle}
                onChange={(highlightStyle) => change((s) => ({ ...s, highlightStyle }))}
              />
            </section>
            <section aria-labelledby="cards-title">
              <h2 id="cards-title">{tr.t('options.cardsTitle')}</h2>
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
                {tr.t('options.needsModifier')}
              </label>
            </section>
            <section aria-labelledby="language-title">
              <h2 id="language-title">{tr.t('options.languageTitle')}</h2>
              <LanguageChoice
                value={settings.language}
                browserLanguage={resolveLanguage('auto', browserLanguage)}
                language={language}
                onChange={(setting) => change((s) => ({ ...s, language: setting }))}
              />
            </section>
            {loadShortcuts && <ShortcutList load={loadShortcuts} withHint />}
            <section aria-labelledby="reset-title">
              <h2 id="reset-title">{tr.t('options.resetTitle')}</h2>
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
    </LanguageContext.Provider>
  );
}
