import { browser } from 'wxt/browser';
import en from 'virtual:locale-messages/en';
import fr from 'virtual:locale-messages/fr';
import { useMessages } from '../text/i18n';
import { effectiveLang, pickLang } from '../text/language';
import { policyOf } from './policy-merge';
import { policyStorage } from './policy.browser';
import { settingsStorage } from './settings.browser';

/**
 * The background's strings (notifications, the toolbar menu) in the language the pages speak: the
 * user's choice, else the institution's, else the browser's. Read again before each use, since the
 * service worker sleeps and wakes. Both tables are in the background's file: a service worker cannot
 * load code later.
 */
export async function speakChosenLanguage(): Promise<void> {
  const [settings, policy] = await Promise.all([settingsStorage.load(), policyStorage.load()]);
  const browserLang = pickLang(browser.i18n.getUILanguage());
  const lang = effectiveLang(settings.language, policyOf(policy)?.language, browserLang);
  useMessages(lang === browserLang ? null : lang === 'fr' ? fr : en);
}

/** Calls back, in the new language, when a settings or policy change may have changed it. */
export function watchLanguage(onChange: () => void): () => void {
  const again = () => void speakChosenLanguage().then(onChange);
  const stops = [settingsStorage.watch(again), policyStorage.watch(again)];
  return () => stops.forEach((stop) => stop());
}
