import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { firstLang } from '../lib/app/page-language';

/**
 * Runs before the popup's or side panel's body is parsed (a classic script in the head; the CSP
 * forbids inline ones): says which prerendered first screen shows (app.css, `data-first-lang`)
 * and whether this is the toolbar popup, before the first paint. No imports beyond the language
 * rule: every byte here delays that paint.
 */
export default defineUnlistedScript(() => {
  const api = (globalThis as { chrome?: typeof chrome }).chrome;
  const root = document.documentElement;
  root.lang = root.dataset.firstLang = firstLang(api?.i18n?.getMessage('lang') ?? '');
  try {
    if (api?.extension?.getViews({ type: 'popup' }).includes(window)) root.classList.add('in-popup');
  } catch {
    // Not the toolbar popup, or no way to know: the app decides once its platform loads.
  }
});
