import { render, type ComponentChildren } from 'preact';
import { effect } from '@preact/signals';
import { t, useMessages } from '../../lib/text/i18n';
import { pickLang } from '../../lib/text/language';
import { loadMessages } from '../../lib/text/load-messages';
import { rememberedLang, rememberLang } from '../../lib/app/page-language';
import { createAppStore, type Environment } from '../../lib/app/app-store';
import { StoreProvider } from './StoreContext';
import './app.css';

/**
 * What every page entrypoint does: pick the page's language, build the store, label the document
 * and render at once; the browser-backed platform (the polyfill, storage, settings validation) loads
 * after the first paint. `title` is read once the language is set.
 */
export async function mount(view: ComponentChildren, title: () => string = () => t('app.pageTitle')) {
  // The language of the messages the browser picked.
  const browserLanguage = t('lang');
  const lang = rememberedLang() ?? pickLang(browserLanguage);
  // Only a page that must speak another language than the browser's loads a table of strings.
  if (lang !== pickLang(browserLanguage)) useMessages(await loadMessages(lang));
  const environment: Environment = {
    uiLanguage: lang,
    browserLanguage,
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
  const platformModule = import('../../lib/app/platform.browser');
  const store = createAppStore(
    environment,
    platformModule.then((m) => m.createPlatform()),
  );
  document.documentElement.lang = store.lang;
  // A reminder's notification opens the side panel page at HELP's Plan step.
  if (location.hash === '#plan') store.help.openStep('plan');
  // A buddy check-in's notification opens Reach, where the due check-in is.
  if (location.hash === '#check-ins') store.showTab('reach');
  document.title = title();
  const root = document.getElementById('app');
  if (!root) throw new Error('#app is missing from the page');
  render(<StoreProvider store={store}>{view}</StoreProvider>, root);
  // Once settings and policy say which language is in force, a page that spoke another one (a choice
  // made in another page, a new policy) opens again in it; the next page opens in it at once.
  effect(() => {
    const wanted = store.settings.language.value;
    if (wanted && wanted !== store.lang && rememberLang(wanted)) location.reload();
    else if (wanted) rememberLang(wanted);
  });
  void platformModule.then((m) => {
    // A real popup gets a fixed width (browsers size popups to their content); a tab stays fluid.
    document.body.classList.toggle('in-popup', m.isToolbarPopup());
    return store.start();
  });
  return store;
}
