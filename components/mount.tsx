import { render, type ComponentChildren } from 'preact';
import { t } from '../lib/i18n';
import { createAppDeps } from '../lib/platform/app-deps';
import { isToolbarPopup } from '../lib/platform/environment';
import { createAppStore } from '../lib/store/app-store';
import { StoreProvider } from './StoreContext';
import './app.css';

/** What every page entrypoint does: build the store, label the document, render, then load settings. */
export function mount(view: ComponentChildren, title: string = t('app.pageTitle')) {
  const store = createAppStore(createAppDeps());
  document.documentElement.lang = store.lang;
  document.title = title;
  // A real popup gets a fixed width (browsers size popups to their content); a tab stays fluid.
  document.body.classList.toggle('in-popup', isToolbarPopup());
  const root = document.getElementById('app');
  if (!root) throw new Error('#app is missing from the page');
  render(<StoreProvider store={store}>{view}</StoreProvider>, root);
  void store.start();
  return store;
}
