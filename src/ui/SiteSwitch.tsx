import { displaySite } from '../settings/display-site';
import { popupWords } from '../popup/popup-messages';
import { useLanguage } from './language';
import { Switch } from './Switch';

/** Props of {@link SiteSwitch}. */
export interface SiteSwitchProps {
  /** The site key (`settings/site-key.ts`); shown decoded, never stored decoded. */
  site: string;
  /** Whether the site is left out of `disabledSites`. */
  enabled: boolean;
  onChange(enabled: boolean): void;
  /** Set when the global switch is off: this site's choice is kept but has no effect. */
  globallyOff?: boolean;
}

/** "Highlight on <site>": the per-site switch of the popup (and of the card). */
export function SiteSwitch({ site, enabled, onChange, globallyOff = false }: SiteSwitchProps) {
  const tr = popupWords(useLanguage());
  const name = displaySite(site);
  return (
    <Switch
      label={
        site === 'file://'
          ? tr.t('popup.highlightOnFiles')
          : tr.t('popup.highlightOn', { site: name })
      }
      checked={enabled}
      onChange={onChange}
      hint={globallyOff ? tr.t('popup.globallyOffHint') : undefined}
    />
  );
}
