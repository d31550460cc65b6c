import { PROVINCES, type Country, type Province, type RegionCode } from '../content/regions';
import type { Lang } from '../content/types';

export { PROVINCES, type Country, type Province, type RegionCode } from '../content/regions';

export const REGION_CODES: readonly RegionCode[] = [
  'CA',
  ...(Object.keys(PROVINCES) as Province[]).map((p) => `CA-${p}` as const),
  'US',
];

export function isRegionCode(value: unknown): value is RegionCode {
  return typeof value === 'string' && (REGION_CODES as readonly string[]).includes(value);
}

export function countryOf(region: RegionCode): Country {
  return region === 'US' ? 'US' : 'CA';
}

export function provinceOf(region: RegionCode): Province | undefined {
  return region.startsWith('CA-') ? (region.slice(3) as Province) : undefined;
}

function countryName(country: Country, lang: Lang): string {
  return new Intl.DisplayNames([lang], { type: 'region' }).of(country) ?? country;
}

/** A region's name for a person: "Ontario, Canada", "États-Unis". Country names come from Intl. */
export function regionName(region: RegionCode, lang: Lang): string {
  const province = provinceOf(region);
  const country = countryName(countryOf(region), lang);
  return province ? `${PROVINCES[province][lang]}, ${country}` : country;
}

/** The short name of a place, for a label: "Ontario", "Québec", "Canada", "United States". */
export function placeName(region: RegionCode, lang: Lang): string {
  const province = provinceOf(region);
  return province ? PROVINCES[province][lang] : countryName(countryOf(region), lang);
}

// IANA zones used in each province or territory. America/Toronto also covers most of Quebec,
// so the browser's language breaks that tie (see guessRegion).
const CANADIAN_ZONES: Record<string, Province> = {
  'America/St_Johns': 'NL',
  'America/Goose_Bay': 'NL',
  'America/Halifax': 'NS',
  'America/Glace_Bay': 'NS',
  'America/Moncton': 'NB',
  'America/Montreal': 'QC',
  'America/Blanc-Sablon': 'QC',
  'America/Toronto': 'ON',
  'America/Nipigon': 'ON',
  'America/Thunder_Bay': 'ON',
  'America/Atikokan': 'ON',
  'America/Winnipeg': 'MB',
  'America/Rainy_River': 'ON',
  'America/Regina': 'SK',
  'America/Swift_Current': 'SK',
  'America/Edmonton': 'AB',
  'America/Vancouver': 'BC',
  'America/Dawson_Creek': 'BC',
  'America/Fort_Nelson': 'BC',
  'America/Creston': 'BC',
  'America/Whitehorse': 'YT',
  'America/Dawson': 'YT',
  'America/Yellowknife': 'NT',
  'America/Inuvik': 'NT',
  'America/Iqaluit': 'NU',
  'America/Rankin_Inlet': 'NU',
  'America/Cambridge_Bay': 'NU',
  'America/Resolute': 'NU',
  'America/Pangnirtung': 'NU',
};

const US_ZONES = new Set([
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Phoenix',
  'America/Anchorage',
  'America/Juneau',
  'America/Sitka',
  'America/Nome',
  'America/Yakutat',
  'America/Metlakatla',
  'America/Adak',
  'America/Boise',
  'America/Detroit',
  'America/Menominee',
  'Pacific/Honolulu',
]);

/**
 * A first guess at the user's region from the browser's time zone and language. The user can
 * always change it; when nothing points anywhere we fall back to Canada with no province.
 */
export function guessRegion(timeZone: string | undefined, language: string | undefined): RegionCode {
  const lang = (language ?? '').toLowerCase();
  const zone = timeZone ?? '';
  const province = CANADIAN_ZONES[zone];
  if (province === 'ON' && zone === 'America/Toronto' && lang.startsWith('fr')) return 'CA-QC';
  if (province) return `CA-${province}`;
  if (US_ZONES.has(zone) || /^America\/(Indiana|Kentucky|North_Dakota)\//.test(zone)) return 'US';
  if (lang === 'en-us' || lang === 'es-us') return 'US';
  return 'CA';
}
