import { browser } from 'wxt/browser';

/** True when this page is showing as the toolbar popup (not opened in a tab or the side panel). */
export function isToolbarPopup(): boolean {
  try {
    return browser.extension.getViews({ type: 'popup' }).includes(window);
  } catch {
    return false;
  }
}
