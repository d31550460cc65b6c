import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { afterFirstPaint, APP_MODULE_META } from '../lib/app/after-first-paint';
import { firstLang } from '../lib/app/page-language';

/**
 * Runs before the popup's or side panel's body is parsed (a classic script in the head; the CSP
 * forbids inline ones): says which prerendered first screen shows (app.css, `data-first-lang`)
 * and whether this is the toolbar popup, before the first paint. Then, once that screen is painted,
 * it loads the app that takes it over. A module script in the HTML would not wait: the browser
 * fetches and runs it as the parse ends, and the first paint waited for it (issue 21).
 *
 * A popup made in one language (lib/app/popup-page.ts) says the language and the popup's width in
 * its HTML already, and runs this script deferred, only to load the app. No imports beyond these two
 * small ones: every byte here delays the paint.
 */
export default defineUnlistedScript(() => {
  const api = (globalThis as { chrome?: typeof chrome }).chrome;
  const root = document.documentElement;
  // A popup made in one language (lib/app/popup-page.ts) says its language in its HTML already.
  if (!root.dataset.firstLang)
    root.lang = root.dataset.firstLang = firstLang(api?.i18n?.getMessage('lang') ?? '');
  try {
    if (api?.extension?.getViews({ type: 'popup' }).includes(window)) root.classList.add('in-popup');
  } catch {
    // Not the toolbar popup, or no way to know: the app decides once its platform loads.
  }
  document.addEventListener('DOMContentLoaded', () =>
    afterFirstPaint(() => {
      const src = document.querySelector<HTMLMetaElement>(`meta[name="${APP_MODULE_META}"]`)?.content;
      if (!src) return;
      const app = document.createElement('script');
      app.type = 'module';
      app.src = src;
      document.head.append(app);
    }),
  );
});
