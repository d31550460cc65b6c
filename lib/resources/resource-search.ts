import { KIND_NAMES, KIND_SEARCH_WORDS } from '../content/resource-kind-names';
import type { ResourceKind } from '../content/resource-kinds';
import { REGULATOR_RUN_IDS } from '../content/regulator-run';
import type { Resource } from '../content/resources';
import type { Lang } from '../content/types';
import type { ExtraResource } from '../settings/policy';
import { foldText as fold } from '../text/fold-text';
import { countryOf, placeName, type RegionCode } from '../region/region';
import { PROVINCES, type Province } from '../content/regions';

export interface ResourceQuery {
  text: string;
  kind: ResourceKind | 'all';
  region: RegionCode;
  /** When browsing (no query), also list other provinces' programs. A query always searches them. */
  allRegions: boolean;
}

/**
 * Folded for search, apostrophes and dashes dropped on both sides: "l'AMC" finds "l’AMC",
 * "burn-out" finds "burnout", "medicolegal" finds "Médico-légal", "9-8-8" is 988.
 */
const searchFold = (text: string) => fold(text).replace(/['’\p{Pd}]/gu, '');

/** A kind's names and the words a person may type for it ("burnout", "lawsuit", "épuisement"). */
function kindWords(kind: ResourceKind): string[] {
  return [
    KIND_NAMES[kind].en,
    KIND_NAMES[kind].fr,
    ...KIND_SEARCH_WORDS[kind].en,
    ...KIND_SEARCH_WORDS[kind].fr,
  ];
}

/** Each entry's text, folded once: the directory is static, and search runs on every keystroke. */
const haystacks = new WeakMap<Resource, string>();

function haystack(resource: Resource): string {
  const known = haystacks.get(resource);
  if (known !== undefined) return known;
  const parts = [
    resource.name.en,
    resource.name.fr,
    resource.about.en,
    resource.about.fr,
    resource.locality?.en ?? '',
    resource.locality?.fr ?? '',
    // Whom it serves: "residents" finds PARO, though its card's "about" no longer says so.
    resource.audience?.en ?? '',
    resource.audience?.fr ?? '',
    ...kindWords(resource.kind),
    ...(resource.searchWords?.en ?? []),
    ...(resource.searchWords?.fr ?? []),
    // Where it serves, in both languages: "alberta" finds Alberta's program (its code: parseQuery).
    ...resource.regions.flatMap((code) => [placeName(code, 'en'), placeName(code, 'fr')]),
    // When it answers: "24/7" finds the lines open around the clock.
    resource.hours?.en ?? '',
    resource.hours?.fr ?? '',
    ...resource.lines.flatMap((line) => [line.display, line.digits, line.note.en, line.note.fr]),
  ];
  const text = searchFold(parts.join(' '));
  haystacks.set(resource, text);
  return text;
}

const digitsOf = (text: string) => text.replace(/\D/g, '');

/**
 * A number typed any way ("9-8-8", "(613) 722-6914", "1–613–722–6914") is looked for by its digits,
 * without the country code 1 in front: the directory keeps some numbers with it, some without.
 */
function asDigits(word: string): string {
  if (!/^[\d()+.\p{Pd}]*\d[\d()+.\p{Pd}]*$/u.test(word)) return word;
  const digits = digitsOf(word);
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

/** One word of a query: text to find in an entry, a place it must serve, or either. */
interface QueryWord {
  text?: string;
  place?: RegionCode;
}

/** Short names people type for places, beyond the two-letter codes (folded, in capitals). */
const PLACE_NAMES: Readonly<Record<string, RegionCode>> = {
  US: 'US',
  USA: 'US',
  PEI: 'CA-PE',
  IPE: 'CA-PE',
  NWT: 'CA-NT',
  TNO: 'CA-NT',
};

function placeOf(typed: string): RegionCode | undefined {
  const key = fold(typed).toUpperCase();
  if (Object.hasOwn(PROVINCES, key)) return `CA-${key as Province}`;
  return Object.hasOwn(PLACE_NAMES, key) ? PLACE_NAMES[key] : undefined;
}

/**
 * A place's code or short name ("QC", "NS", "PEI") typed in capitals is that place: as text, two
 * letters would match inside words ("NS" in "conseils"). Typed otherwise ("Qc", "on call") it is
 * the place or the word, whichever an entry has.
 */
function parseQuery(text: string): QueryWord[] {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((typed): QueryWord[] => {
      const place = placeOf(typed);
      if (place && typed === typed.toUpperCase()) return [{ place }];
      const words = searchFold(typed).split(/\s+/).filter(Boolean).map(asDigits);
      return words.map((word) => ({ text: word, place }));
    });
}

/** Every word found: in the text, or as a place the entry serves (`serves` absent: any place is). */
function matches(text: string, words: QueryWord[], serves?: (place: RegionCode) => boolean): boolean {
  return words.every(
    (word) =>
      (word.place !== undefined && (serves?.(word.place) ?? true)) ||
      (word.text !== undefined && text.includes(word.text)),
  );
}

/** 0: the user's province, 1: national, 2: anywhere else. */
function closeness(resource: Resource, region: RegionCode): number {
  if (resource.regions.includes(region)) return region === 'CA' || region === 'US' ? 1 : 0;
  if (resource.regions.includes(countryOf(region))) return 1;
  return 2;
}

/** Whether other regions' entries are listed: always for a query, when asked for browsing. */
export function coversAllRegions(query: Pick<ResourceQuery, 'text' | 'allRegions'>): boolean {
  return query.allRegions || query.text.trim() !== '';
}

/** Whether a resource serves someone in this region: the region itself or its whole country. */
export function servesRegion(resource: Resource, region: RegionCode): boolean {
  return closeness(resource, region) < 2;
}

/**
 * Where a resource comes in the list: crisis lines that serve the user first (someone may be in
 * danger), then nearest first (the user's region, national, other regions). One city's entries
 * (Ottawa's) come after the province-wide ones: most people in the province are not in that city.
 * A program the regulator runs comes after the national ones: calling it can be a self-report, not
 * the same kind of help as a support program (content-facts-4-licensing.md, 5).
 */
function order(resource: Resource, rank: number): number {
  if (resource.locality) return rank === 0 ? 0.5 : rank;
  if (resource.kind === 'crisis' && rank < 2) return -1;
  return REGULATOR_RUN_IDS.includes(resource.id) ? Math.max(rank, 1.5) : rank;
}

/**
 * Search as you type, in English and French at once, ignoring accents and case. A query looks in
 * every region, so a program named from anywhere is found ("PARO" from British Columbia). Results
 * come in `order`; otherwise as the directory lists them.
 */
export function searchResources(resources: readonly Resource[], query: ResourceQuery): Resource[] {
  const words = parseQuery(query.text);
  const everywhere = coversAllRegions(query);
  // A place typed ("NS") is where the nearest are counted from: its own entries, then national.
  const from = words.find((word) => word.place && word.text === undefined)?.place ?? query.region;
  return resources
    .map((resource) => ({ resource, rank: closeness(resource, from) }))
    .filter(({ resource, rank }) => {
      if (!everywhere && rank === 2) return false;
      if (query.kind !== 'all' && resource.kind !== query.kind) return false;
      return matches(haystack(resource), words, (place) => servesRegion(resource, place));
    })
    .map(({ resource, rank }) => ({ resource, place: order(resource, rank) }))
    .sort((a, b) => a.place - b.place)
    .map(({ resource }) => resource);
}

/**
 * The institution's own entries (policy), by the same words: their name, what they say about
 * themselves, their kind (with the words a person may type for it) and their number. A search for
 * the EAP by name finds it.
 */
export function searchExtras(
  extras: readonly ExtraResource[],
  query: Pick<ResourceQuery, 'text' | 'kind'>,
): ExtraResource[] {
  const words = parseQuery(query.text);
  return extras.filter((extra) => {
    if (query.kind !== 'all' && extra.kind !== query.kind) return false;
    const kind = extra.kind ? kindWords(extra.kind) : [];
    const phone = extra.phone ? [extra.phone, digitsOf(extra.phone)] : [];
    const text = searchFold([extra.name, extra.about ?? '', ...kind, ...phone].join(' '));
    // Where they serve is the institution's own place: a place typed does not hide them.
    return matches(text, words);
  });
}

/**
 * Where a resource applies, as its card says it: the user's own province or country when the
 * resource covers it, otherwise every region it covers ("Ontario" for PARO seen from BC).
 */
export function resourcePlace(resource: Resource, region: RegionCode, lang: Lang): string {
  const own = [region, countryOf(region)].find((code) => resource.regions.includes(code));
  return (own ? [own] : resource.regions).map((code) => placeName(code, lang)).join(', ');
}
