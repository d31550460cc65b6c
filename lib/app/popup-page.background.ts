import { browser } from 'wxt/browser';
import type { Lang } from '../content/types';
import { chosenLanguage, chosenLanguageBeforePolicy, watchLanguage } from '../settings/language.background';
import { POPUP_PAGES } from './popup-page';

/**
 * Points the toolbar button at the popup made in the language the pages speak (popup-page.ts):
 * each time the background starts (install, update, browser start, the extension turned back on; a
 * popup set this way may not outlive the browser), and whenever a setting or policy changes the
 * language. Until then the button opens popup.html. The dev server (`npm start`) writes no such
 * popup, so there the button keeps popup.html.
 *
 * Just after the browser starts, the policy (storage.managed) can take seconds to answer, 20 s and
 * more on a busy machine. After POLICY_WAIT_MS the button follows the language known without it
 * (the user's choice, else the browser's), and the policy's answer corrects it where an institution
 * sets another: a page opened in the wrong language meanwhile reopens in the right one (mount.tsx).
 */
export const POLICY_WAIT_MS = 1_000;

export function registerPopupInLanguage() {
  if (import.meta.env.MODE === 'development') return;
  // Two changes in a row may be read back out of order: only the latest read points the button.
  let latest = 0;
  const pointNow = () => {
    const mine = ++latest;
    let known = false;
    // Where the browser refuses, popup.html stays: right in every language, only slower to paint.
    const point = (lang: Lang) =>
      mine === latest ? browser.action.setPopup({ popup: POPUP_PAGES[lang] }) : undefined;
    const early = setTimeout(() => {
      void chosenLanguageBeforePolicy()
        .then((lang) => (known ? undefined : point(lang)))
        .catch(() => undefined);
    }, POLICY_WAIT_MS);
    void chosenLanguage()
      .then(({ lang }) => {
        known = true;
        clearTimeout(early);
        return point(lang);
      })
      .catch(() => undefined);
  };
  // A listener for the browser's start, so that the background wakes then.
  browser.runtime.onStartup.addListener(pointNow);
  watchLanguage(pointNow);
  pointNow();
}
