import type { Lang } from '../content/types';

/** The product speaks English and French; any French variant gets French, everything else English. */
export function pickLang(uiLanguage: string | undefined): Lang {
  return uiLanguage?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
