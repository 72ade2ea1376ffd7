import type { ComponentChildren } from 'preact';
import { displaySite } from '../settings/display-site';
import { useLanguage } from '../ui/language';
import type { PageStatus } from './page-status';
import { popupWords } from './popup-messages';

/** Props of {@link StatusMessage}. */
export interface StatusMessageProps {
  status: PageStatus;
  site: string | null;
}

/** Says why the page's mentions are not listed, or nothing when they are. */
export function StatusMessage({ status, site }: StatusMessageProps) {
  const tr = popupWords(useLanguage());
  const twoPart = (title: string, rest: ComponentChildren) => (
    <p class="status">
      <strong>{title}</strong> {rest}
    </p>
  );
  switch (status) {
    case 'loading':
      return <p class="status">{tr.t('common.loading')}</p>;
    case 'unsupported':
      return twoPart(tr.t('popup.unsupportedTitle'), tr.t('popup.unsupported'));
    case 'file-access': {
      // The setting's name is the browser's, not the report's: set apart, never quoted.
      const [before = '', after = ''] = tr.template('popup.fileAccess').split('{setting}');
      const setting = <em>{tr.t('popup.fileAccessSetting')}</em>;
      return twoPart(tr.t('popup.fileAccessTitle'), [before, setting, after]);
    }
    case 'reload':
      return twoPart(tr.t('popup.reloadTitle'), tr.t('popup.reload'));
    case 'off-global':
      return <p class="status">{tr.t('popup.offGlobal')}</p>;
    case 'off-site':
      return (
        <p class="status">
          {site === null
            ? tr.t('popup.offThisSite')
            : tr.t('popup.offSite', { site: displaySite(site) })}
        </p>
      );
    case 'on':
      return null;
  }
}
