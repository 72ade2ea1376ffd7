import { displaySite } from '../settings/display-site';
import type { PageStatus } from './page-status';

/** Props of {@link StatusMessage}. */
export interface StatusMessageProps {
  status: PageStatus;
  site: string | null;
}

/** Says why the page's mentions are not listed, or nothing when they are. */
export function StatusMessage({ status, site }: StatusMessageProps) {
  switch (status) {
    case 'loading':
      return <p class="status">Loading…</p>;
    case 'unsupported':
      return (
        <p class="status">
          <strong>Kazakhstan Context cannot run on this page.</strong> Browsers keep extensions out
          of their own pages and stores. The facts below are always here.
        </p>
      );
    case 'file-access':
      return (
        <p class="status">
          <strong>Local files need your permission.</strong> Turn on “Allow access to file URLs” in
          this extension’s details, then reload the file.
        </p>
      );
    case 'reload':
      return (
        <p class="status">
          <strong>Reload the page to see its mentions.</strong> It was opened before Kazakhstan
          Context was installed or updated.
        </p>
      );
    case 'off-global':
      return <p class="status">Highlighting is off on all sites, so this page is not read.</p>;
    case 'off-site':
      return (
        <p class="status">
          Highlighting is off on {site === null ? 'this site' : displaySite(site)}, so this page is
          not read.
        </p>
      );
    case 'on':
      return null;
  }
}
