import type { Lang } from '../content/types';
import { countryOf, type RegionCode } from '../region/region';

/**
 * The locale dates and times are written in. Canadian French writes 18 h 05 where France writes
 * 18:05; Canadian English writes 6:05 p.m., American 6:05 PM, so English follows the region.
 * Not in language.ts: that goes into the script run before a popup's first paint (page-language.ts),
 * which has no use for the regions.
 */
export function dateLocale(lang: Lang, region: RegionCode): string {
  if (lang === 'fr') return 'fr-CA';
  return countryOf(region) === 'US' ? 'en-US' : 'en-CA';
}
