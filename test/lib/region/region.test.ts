import { describe, expect, it } from 'vitest';
import { countryOf, guessRegion, isRegionCode, regionName, REGION_CODES } from '../../../lib/region/region';

describe('guessRegion', () => {
  it('finds the province from a Canadian time zone', () => {
    expect(guessRegion('America/Vancouver', 'en-CA')).toBe('CA-BC');
    expect(guessRegion('America/Halifax', 'en-CA')).toBe('CA-NS');
    expect(guessRegion('America/Regina', 'en-CA')).toBe('CA-SK');
  });

  it('reads Eastern time as Quebec when the browser speaks French, Ontario otherwise', () => {
    expect(guessRegion('America/Toronto', 'fr-CA')).toBe('CA-QC');
    expect(guessRegion('America/Toronto', 'fr')).toBe('CA-QC');
    expect(guessRegion('America/Toronto', 'en-CA')).toBe('CA-ON');
  });

  it('recognizes US time zones and a US English browser', () => {
    expect(guessRegion('America/New_York', 'en-US')).toBe('US');
    expect(guessRegion('America/Indiana/Indianapolis', 'en')).toBe('US');
    expect(guessRegion('Europe/Paris', 'en-US')).toBe('US');
  });

  it('falls back to Canada with no province when nothing points anywhere', () => {
    expect(guessRegion('Europe/Paris', 'fr-FR')).toBe('CA');
    expect(guessRegion(undefined, undefined)).toBe('CA');
  });
});

describe('region names and codes', () => {
  it('names regions in both languages', () => {
    expect(regionName('CA-QC', 'fr')).toBe('Québec, Canada');
    expect(regionName('CA-BC', 'en')).toBe('British Columbia, Canada');
    expect(regionName('US', 'fr')).toBe('États-Unis');
  });

  it('covers every province and territory, plus Canada alone and the US', () => {
    expect(REGION_CODES).toHaveLength(15);
    expect(REGION_CODES.map(countryOf).filter((c) => c === 'US')).toEqual(['US']);
  });

  it('rejects anything that is not a region code', () => {
    expect(isRegionCode('CA-ON')).toBe(true);
    expect(isRegionCode('CA-XX')).toBe(false);
    expect(isRegionCode(42)).toBe(false);
  });
});
