import { browser } from 'wxt/browser';
import { chosenLanguage, watchLanguage } from '../settings/language.background';
import { POPUP_PAGES } from './popup-page';

/**
 * Points the toolbar button at the popup made in the language the pages speak (popup-page.ts):
 * each time the background starts (install, update, browser start, the extension turned back on; a
 * popup set this way may not outlive the browser), and whenever a setting or policy changes the
 * language. Until then the button opens popup.html. The dev server (`npm start`) writes no such
 * popup, so there the button keeps popup.html.
 */
export function registerPopupInLanguage() {
  if (import.meta.env.MODE === 'development') return;
  // Two changes in a row may be read back out of order: only the latest read points the button.
  let latest = 0;
  const pointNow = () => {
    const mine = ++latest;
    void chosenLanguage()
      .then(({ lang }) =>
        // Where the browser refuses, popup.html stays: right in every language, only slower to paint.
        mine === latest ? browser.action.setPopup({ popup: POPUP_PAGES[lang] }) : undefined,
      )
      .catch(() => undefined);
  };
  // A listener for the browser's start, so that the background wakes then.
  browser.runtime.onStartup.addListener(pointNow);
  watchLanguage(pointNow);
  pointNow();
}
