import { render, type ComponentChildren } from 'preact';
import { t } from '../../lib/text/i18n';
import { createAppStore, type Environment } from '../../lib/app/app-store';
import { StoreProvider } from './StoreContext';
import './app.css';

/**
 * What every page entrypoint does: build the store, label the document and render at once; the
 * browser-backed platform (the polyfill, storage, settings validation) loads after the first paint.
 */
export function mount(view: ComponentChildren, title: string = t('app.pageTitle')) {
  const environment: Environment = {
    // The language of the messages the browser picked, so content and UI strings always agree.
    uiLanguage: t('lang'),
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
  document.title = title;
  const root = document.getElementById('app');
  if (!root) throw new Error('#app is missing from the page');
  render(<StoreProvider store={store}>{view}</StoreProvider>, root);
  void platformModule.then((m) => {
    // A real popup gets a fixed width (browsers size popups to their content); a tab stays fluid.
    document.body.classList.toggle('in-popup', m.isToolbarPopup());
    return store.start();
  });
  return store;
}
