/**
 * The options page's words that say what is true in each state, in one place (the UI
 * languages work translates this object).
 */
export const OPTIONS_WORDING = {
  whereTitle: 'Where to highlight',
  allSites: 'Highlight on all sites',
  /** Under the global switch while it is off. */
  allSitesOff: 'Off: no page is read or highlighted, whatever the list below says.',
  offSitesTitle: 'Sites turned off',
  /** No site on the list, global switch on. */
  noSiteOff: 'None: highlighting is on for every site.',
  /** No site on the list, global switch off. */
  noSiteOffWhileAllOff: 'None. Highlighting is off everywhere until you turn the switch above on.',
  /** Sites on the list, global switch off. */
  listWhileAllOff: 'These sites stay off when you turn highlighting on again.',
} as const;
