import { browser } from 'wxt/browser';
import en from 'virtual:locale-messages/en';
import fr from 'virtual:locale-messages/fr';
import { setMessages } from '../text/i18n';
import { effectiveLang, pickLang } from '../text/language';
import type { Lang } from '../content/types';
import { policyOf } from './policy-merge';
import { policyStorage } from './policy.browser';
import { settingsStorage } from './settings.browser';

/** Reads of the language begun, and the latest one applied (speakChosenLanguage). */
let readsBegun = 0;
let readApplied = 0;

/**
 * The background's strings (notifications, the toolbar menu) in the language the pages speak: the
 * user's choice, else the institution's, else the browser's. Read again before each use, since the
 * service worker sleeps and wakes. Both tables are in the background's file: a service worker cannot
 * load code later.
 */
export async function speakChosenLanguage(): Promise<void> {
  const mine = ++readsBegun;
  const { lang, browserLang } = await chosenLanguage();
  // Two reads (two quick changes of the setting) can answer out of order: an older read that answers
  // after a newer one has been applied would put back the language the user just left.
  if (mine < readApplied) return;
  readApplied = mine;
  setMessages(lang === browserLang ? null : lang === 'fr' ? fr : en);
}

/** The language of the browser's own messages, as pages read it (WXT's types hide getMessage). */
function browserLanguage(): Lang {
  const i18n = browser.i18n as unknown as { getMessage(name: string): string };
  return pickLang(i18n.getMessage('lang'));
}

/** The language the pages speak (`lang`), and the browser's. */
export async function chosenLanguage(): Promise<{ lang: Lang; browserLang: Lang }> {
  const [settings, policy] = await Promise.all([settingsStorage.load(), policyStorage.load()]);
  const browserLang = browserLanguage();
  return { lang: effectiveLang(settings.language, policyOf(policy)?.language, browserLang), browserLang };
}

/**
 * The language the pages speak as far as it is known without the institution's policy: right unless
 * a policy sets one the user has not overridden. For the moments storage.managed takes to answer.
 */
export async function chosenLanguageBeforePolicy(): Promise<Lang> {
  const settings = await settingsStorage.load();
  return effectiveLang(settings.language, undefined, browserLanguage());
}

/**
 * Calls back when a settings or policy change may have changed the language the pages speak. Only a
 * signal: each caller reads the language itself (chosenLanguage, speakChosenLanguage), as it needs.
 */
export function watchLanguage(onChange: () => void): () => void {
  // The new settings or policy are not passed on: the language also depends on the other one.
  const again = () => onChange();
  const stops = [settingsStorage.watch(again), policyStorage.watch(again)];
  return () => stops.forEach((stop) => stop());
}
