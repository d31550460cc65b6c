import type { Lang } from '../content/types';

// The language a page must speak is known for sure only once settings and policy have loaded, after
// the first paint. Each page keeps the last answer in localStorage (this device, this extension
// only) so the next page opens in it at once; mount() reloads a page that guessed wrong.
const KEY = 'been-there.language';

export function rememberedLang(): Lang | null {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'en' || value === 'fr' ? value : null;
  } catch {
    return null;
  }
}

/** True when the next page will read it back (storage may be disabled or full). */
export function rememberLang(lang: Lang): boolean {
  try {
    localStorage.setItem(KEY, lang);
    return localStorage.getItem(KEY) === lang;
  } catch {
    return false;
  }
}
