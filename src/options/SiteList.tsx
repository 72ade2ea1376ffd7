import { displaySite } from '../settings/display-site';
import { FILE_SITE_KEY } from '../settings/site-key';
import { OPTIONS_WORDING } from './options-wording';

/** Props of {@link SiteList}. */
export interface SiteListProps {
  /** Site keys where highlighting is off. */
  sites: readonly string[];
  /** The global switch: while it is off, no site is highlighted, and the list says so. */
  allSitesOn: boolean;
  onRemove(site: string): void;
  onRemoveAll(): void;
}

const siteName = (site: string) => (site === FILE_SITE_KEY ? 'Local files' : displaySite(site));

/**
 * The sites where highlighting is off; removing one turns highlighting back on there. What it
 * says when empty depends on the global switch, so the page never says "on for every site"
 * while that switch is off.
 */
export function SiteList({ sites, allSitesOn, onRemove, onRemoveAll }: SiteListProps) {
  if (sites.length === 0) {
    return (
      <p class="muted site-list-empty">
        {allSitesOn ? OPTIONS_WORDING.noSiteOff : OPTIONS_WORDING.noSiteOffWhileAllOff}
      </p>
    );
  }
  return (
    <>
      {!allSitesOn && <p class="hint">{OPTIONS_WORDING.listWhileAllOff}</p>}
      <ul class="site-list">
        {sites.map((site) => (
          <li key={site}>
            <span class="site-name" title={site}>
              {siteName(site)}
            </span>
            <button type="button" onClick={() => onRemove(site)}>
              Remove<span class="visually-hidden"> {siteName(site)}</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onRemoveAll}>
        Remove all
      </button>
    </>
  );
}
