import type { Lang } from '../content/types';
import { pickLang } from '../text/language';

// The language a page must speak is known for sure only once settings and policy have loaded, after
// the first paint. Each page keeps the last answer in localStorage (this device, this extension
// only; a web API, not an extension one) so the next page opens in it at once; mount() reopens a
// page that spoke another. Where localStorage is off or wiped at exit, a page opens in the browser's
// language and reopens once settings are read.
const KEY = 'been-there.language';

export function rememberedLang(): Lang | null {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'en' || value === 'fr' ? value : null;
  } catch {
    return null;
  }
}

/**
 * The language a page opens in: the one remembered, else the one its HTML was built in (`builtIn`: a
 * popup made in one language, which the background chose from the settings), else the browser's
 * (`browserLanguage`: the language of the messages the browser picked). Read by the tiny script that
 * picks which prerendered first screen shows (entrypoints/first-screen.ts), and by the app that
 * replaces it.
 */
export function firstLang(browserLanguage: string, builtIn?: string): Lang {
  const page = builtIn === 'en' || builtIn === 'fr' ? builtIn : null;
  return rememberedLang() ?? page ?? pickLang(browserLanguage);
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

export type Reopen = 'now' | 'when-hidden' | 'no';

/**
 * When a page speaking `rendered` should reopen in `wanted` (null: not known yet). At once in the page
 * where the user chose it, or in a page that had to guess (nothing was remembered when it opened);
 * any other page, where someone may be reading or typing, waits until it is hidden.
 */
export function whenToReopen(state: {
  wanted: Lang | null;
  rendered: Lang;
  guessed: boolean;
  chosenHere: boolean;
}): Reopen {
  if (!state.wanted || state.wanted === state.rendered) return 'no';
  return state.guessed || state.chosenHere ? 'now' : 'when-hidden';
}
