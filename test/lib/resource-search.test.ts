import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../lib/content/resources';
import { foldText as fold } from '../../lib/fold-text';
import { searchResources } from '../../lib/resource-search';

const ids = (text: string, region = 'CA-ON' as const, more = {}) =>
  searchResources(RESOURCES, { text, kind: 'all', region, allRegions: false, ...more }).map((r) => r.id);

describe('resource search', () => {
  it('ignores accents and case', () => {
    expect(fold('Médecins du QUÉBEC')).toBe('medecins du quebec');
    expect(ids('medecins')).toEqual(ids('MÉDECINS'));
  });

  it('finds PARO by name', () => {
    expect(ids('PARO')).toEqual(['paro-helpline']);
  });

  it('searches French and English text at once', () => {
    expect(ids('médecins')).toContain('oma-php');
    expect(ids('crise')).toContain('ottawa-crisis-line');
    expect(ids('crisis')).toContain('ottawa-crisis-line');
  });

  it('puts the user’s province first, then national, and hides other provinces unless asked', () => {
    const all = ids('');
    const firstNational = all.findIndex((id) => RESOURCES.find((r) => r.id === id)!.regions.includes('CA'));
    const lastProvincial = all.findLastIndex((id) =>
      RESOURCES.find((r) => r.id === id)!.regions.includes('CA-ON'),
    );
    expect(lastProvincial).toBeLessThan(firstNational);
    expect(all).not.toContain('bc-php');
    expect(ids('', 'CA-ON', { allRegions: true })).toContain('bc-php');
    expect(ids('', 'CA-ON', { allRegions: true }).at(-1)).not.toBe('paro-helpline');
  });

  it('filters by kind', () => {
    const crisis = searchResources(RESOURCES, { text: '', kind: 'crisis', region: 'US', allRegions: false });
    expect(crisis.map((r) => r.id)).toEqual(['us-988']);
  });
});
