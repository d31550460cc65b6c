import { browser } from 'wxt/browser';

/** Facts about the browser the UI needs, read once at start. */
export interface Environment {
  uiLanguage: string;
  timeZone: string | undefined;
}

export function readEnvironment(): Environment {
  return {
    uiLanguage: browser.i18n.getUILanguage(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}

/** True when this page is showing as the toolbar popup (not opened in a tab or the side panel). */
export function isToolbarPopup(): boolean {
  try {
    return browser.extension.getViews({ type: 'popup' }).includes(window);
  } catch {
    return false;
  }
}
