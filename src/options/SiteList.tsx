import { displaySite } from '../settings/display-site';
import { FILE_SITE_KEY } from '../settings/site-key';
import { useLanguage } from '../ui/language';
import { optionsWords } from './options-messages';

/** Props of {@link SiteList}. */
export interface SiteListProps {
  /** Site keys where highlighting is off. */
  sites: readonly string[];
  /** The global switch: while it is off, no site is highlighted, and the list says so. */
  allSitesOn: boolean;
  onRemove(site: string): void;
  onRemoveAll(): void;
}

/**
 * The sites where highlighting is off; removing one turns highlighting back on there. What it
 * says when empty depends on the global switch, so the page never says "on for every site"
 * while that switch is off.
 */
export function SiteList({ sites, allSitesOn, onRemove, onRemoveAll }: SiteListProps) {
  const tr = optionsWords(useLanguage());
  const siteName = (site: string) =>
    site === FILE_SITE_KEY ? tr.t('options.localFiles') : displaySite(site);
  if (sites.length === 0) {
    return (
      <p class="muted site-list-empty">
        {allSitesOn ? tr.t('options.noSiteOff') : tr.t('options.noSiteOffWhileAllOff')}
      </p>
    );
  }
  return (
    <>
      {!allSitesOn && <p class="hint">{tr.t('options.listWhileAllOff')}</p>}
      <ul class="site-list">
        {sites.map((site) => (
          <li key={site}>
            <span class="site-name" title={site}>
              {siteName(site)}
            </span>
            <button type="button" onClick={() => onRemove(site)}>
              {tr.t('options.remove')}
              <span class="visually-hidden"> {siteName(site)}</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onRemoveAll}>
        {tr.t('options.removeAll')}
      </button>
    </>
  );
}
