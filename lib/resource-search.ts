import { KIND_NAMES } from './content/resource-kind-names';
import type { ResourceKind } from './content/resource-kinds';
import type { Resource } from './content/resources';
import { foldText as fold } from './fold-text';
import { countryOf, type RegionCode } from './region';

export interface ResourceQuery {
  text: string;
  kind: ResourceKind | 'all';
  region: RegionCode;
  /** Also list other provinces' programs. */
  allRegions: boolean;
}

function haystack(resource: Resource): string {
  const parts = [
    resource.name.en,
    resource.name.fr,
    resource.about.en,
    resource.about.fr,
    resource.locality?.en ?? '',
    resource.locality?.fr ?? '',
    KIND_NAMES[resource.kind].en,
    KIND_NAMES[resource.kind].fr,
    ...resource.lines.map((line) => line.display),
  ];
  return fold(parts.join(' '));
}

/** 0: the user's province, 1: national, 2: anywhere else. */
function closeness(resource: Resource, region: RegionCode): number {
  if (resource.regions.includes(region)) return region === 'CA' || region === 'US' ? 1 : 0;
  if (resource.regions.includes(countryOf(region))) return 1;
  return 2;
}

/** Whether a resource serves someone in this region: the region itself or its whole country. */
export function servesRegion(resource: Resource, region: RegionCode): boolean {
  return closeness(resource, region) < 2;
}

/**
 * Search as you type, in English and French at once, ignoring accents and case. Results come
 * nearest first: the user's region, then national, then (if asked) other regions.
 */
export function searchResources(resources: readonly Resource[], query: ResourceQuery): Resource[] {
  const words = fold(query.text).split(/\s+/).filter(Boolean);
  return resources
    .map((resource) => ({ resource, rank: closeness(resource, query.region) }))
    .filter(({ resource, rank }) => {
      if (!query.allRegions && rank === 2) return false;
      if (query.kind !== 'all' && resource.kind !== query.kind) return false;
      const text = haystack(resource);
      return words.every((word) => text.includes(word));
    })
    .sort((a, b) => a.rank - b.rank)
    .map(({ resource }) => resource);
}
