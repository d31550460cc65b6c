import type { Lang } from '../content/types';

/** The product speaks English and French; any French variant gets French, everything else English. */
export function pickLang(uiLanguage: string | undefined): Lang {
  return uiLanguage?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export const LANGUAGE_CHOICES = ['auto', 'en', 'fr'] as const;
/** What the user chose in Settings: `auto` follows the institution, then the browser. */
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/**
 * The language every page speaks: the user's own choice, else the institution's (policy), else the
 * browser's. A clinician on a hospital machine often cannot change the browser's language.
 */
export function effectiveLang(choice: LanguageChoice, institution: Lang | undefined, browser: Lang): Lang {
  return choice === 'auto' ? (institution ?? browser) : choice;
}
