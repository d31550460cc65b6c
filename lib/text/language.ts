import type { Lang } from '../content/types';
import { countryOf, type RegionCode } from '../region/region';

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

/**
 * The locale dates and times are written in. Canadian French writes 18 h 05 where France writes
 * 18:05; Canadian English writes 6:05 p.m., American 6:05 PM, so English follows the region.
 */
export function dateLocale(lang: Lang, region: RegionCode): string {
  if (lang === 'fr') return 'fr-CA';
  return countryOf(region) === 'US' ? 'en-US' : 'en-CA';
}
