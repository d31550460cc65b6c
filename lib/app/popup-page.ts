import type { Lang } from '../content/types';

/**
 * The toolbar popup in one language: the build makes one page per language from popup.html
 * (scripts/prerender/plugin.ts), and the background points the toolbar button at the one the pages
 * speak (popup-page.background.ts). Such a page needs nothing before its first paint: no script picks
 * its language, and its styles are in the page. popup.html, with both languages and that script,
 * stays the manifest's default, right in any language, for the moments before the background has
 * chosen (the browser just started).
 */
export const POPUP_PAGES: Record<Lang, string> = { en: 'popup-en.html', fr: 'popup-fr.html' };
