import { browser } from 'wxt/browser';
import type { Lang } from '../content/types';
import { speakChosenLanguage, watchLanguage } from '../settings/language.background';
import { POPUP_PAGES } from './popup-page';

/**
 * Points the toolbar button at the popup made in the language the pages speak (popup-page.ts), at
 * install and update, at each browser start (a popup set this way may not outlive the browser), and
 * whenever a setting or policy changes the language. Until then the button opens popup.html.
 */
export function registerPopupInLanguage() {
  const point = (lang: Lang) =>
    // Where the browser refuses, popup.html stays: right in every language, only slower to paint.
    void browser.action.setPopup({ popup: POPUP_PAGES[lang] }).catch(() => undefined);
  const pointNow = () => void speakChosenLanguage().then(point, () => undefined);
  browser.runtime.onInstalled.addListener(pointNow);
  browser.runtime.onStartup.addListener(pointNow);
  watchLanguage(point);
}
