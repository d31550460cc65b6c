import { hydrate, render, type ComponentChildren } from 'preact';
import { effect } from '@preact/signals';
import { t, setMessages } from '../../lib/text/i18n';
import { pickLang } from '../../lib/text/language';
import { loadMessages } from '../../lib/text/load-messages';
import { firstLang, rememberedLang, rememberLang, whenToReopen } from '../../lib/app/page-language';
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
  const remembered = rememberedLang();
  // The language the first screen was painted in: set before the paint (entrypoints/first-screen.ts),
  // or built into a popup made in one language.
  let lang = firstLang(browserLanguage, document.documentElement.dataset.firstLang);
  // Only a page that must speak another language than the browser's loads a table of strings. If it
  // cannot, the page opens in the browser's language rather than not at all.
  if (lang !== pickLang(browserLanguage)) {
    try {
      setMessages(await loadMessages(lang));
    } catch {
      lang = pickLang(browserLanguage);
    }
  }
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
  const app = <StoreProvider store={store}>{view}</StoreProvider>;
  // The popup's and side panel's HTML hold their first screen, prerendered in each language
  // (scripts/prerender/plugin.ts). The app takes over the copy in its language as it is: hydrate()
  // attaches to the painted elements instead of rebuilding them, so nothing flashes or moves. A page
  // opened at another view (#plan, #check-ins) or in another language is rendered anew.
  const painted = root.querySelector(`:scope > [data-prerender="${store.lang}"]`);
  if (painted && !location.hash) {
    root.replaceChildren(...painted.childNodes);
    hydrate(app, root);
  } else {
    root.replaceChildren();
    render(app, root);
  }
  // Once settings and policy say which language is in force, a page that speaks another one opens
  // again in it (see whenToReopen), and the next page opens in it at once.
  let reopenWhenHidden = false;
  effect(() => {
    const wanted = store.settings.language.value;
    if (wanted) rememberLang(wanted);
    const when = whenToReopen({
      wanted,
      rendered: store.lang,
      guessed: remembered === null,
      chosenHere: store.settings.languageChosenHere.value,
    });
    if (when === 'now' && rememberedLang() === wanted) location.reload();
    reopenWhenHidden = when === 'when-hidden';
  });
  document.addEventListener('visibilitychange', () => {
    if (reopenWhenHidden && document.visibilityState === 'hidden') location.reload();
  });
  void platformModule.then((m) => {
    // A real popup gets a fixed width (browsers size popups to their content); a tab stays fluid.
    document.body.classList.toggle('in-popup', m.isToolbarPopup());
    return store.start();
  });
  return store;
}
