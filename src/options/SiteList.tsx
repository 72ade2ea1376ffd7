import { displaySite } from '../settings/display-site';
import { FILE_SITE_KEY } from '../settings/site-key';

/** Props of {@link SiteList}. */
export interface SiteListProps {
  /** Site keys where highlighting is off. */
  sites: readonly string[];
  onRemove(site: string): void;
  onRemoveAll(): void;
}

const siteName = (site: string) => (site === FILE_SITE_KEY ? 'Local files' : displaySite(site));

/** The sites where highlighting is off; removing one turns highlighting back on there. */
export function SiteList({ sites, onRemove, onRemoveAll }: SiteListProps) {
  if (sites.length === 0) {
    return <p class="muted">Highlighting is on for every site.</p>;
  }
  return (
    <>
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
