import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../../lib/content/resources';
import type { RegionCode } from '../../../lib/region/region';
import { foldText as fold } from '../../../lib/text/fold-text';
import { resourcePlace, searchResources } from '../../../lib/resources/resource-search';

const ids = (text: string, region: RegionCode = 'CA-ON', more = {}) =>
  searchResources(RESOURCES, { text, kind: 'all', region, allRegions: false, ...more }).map((r) => r.id);

describe('resource search', () => {
  it('ignores accents and case', () => {
    expect(fold('Médecins du QUÉBEC')).toBe('medecins du quebec');
    expect(ids('medecins')).toEqual(ids('MÉDECINS'));
  });

  it('finds PARO by name', () => {
    expect(ids('PARO')).toEqual(['paro-helpline']);
  });

  it('finds a line by whom it serves, which its card says under "For:"', () => {
    expect(ids('residents families')).toEqual(expect.arrayContaining(['paro-helpline', 'oma-php']));
    expect(ids('dependent children')).toEqual(['mspei-php']);
    expect(ids('enfants à charge')).toEqual(['mspei-php']);
    expect(ids('physician assistants')).toEqual(['cpsm-php']);
    expect(ids('Doctors Nova Scotia members')).toEqual(['doctors-ns-psp']);
  });

  it('searches French and English text at once', () => {
    expect(ids('médecins')).toContain('oma-php');
    expect(ids('crise')).toContain('ottawa-crisis-line');
    expect(ids('crisis')).toContain('ottawa-crisis-line');
  });

  it('reads apostrophes and dashes as a person types them, and a province by its code', () => {
    expect(ids("l'AMC")).toContain('cma-support-line');
    expect(ids("ligne d'aide")).toEqual(ids('ligne d’aide'));
    expect(ids('burn-out')).toEqual(ids('burnout'));
    expect(ids('medicolegal')).toEqual(['cmpa']);
    expect(ids('QC')).toContain('pamq');
    // A code in capitals is the place, not two letters inside words ("NS" in "conseils"): what
    // serves Nova Scotia, its own programs and Canada's lines, and nothing of Ontario's alone.
    const inNovaScotia = ids('NS', 'CA-ON');
    expect(inNovaScotia).toEqual(expect.arrayContaining(['doctors-ns-psp', 'ca-988']));
    expect(inNovaScotia).not.toContain('oma-php');
    // Nearest to the place typed: Nova Scotia's own program before the national entries.
    expect(inNovaScotia.indexOf('doctors-ns-psp')).toBeLessThan(inNovaScotia.indexOf('cmpa'));
    expect(ids('US', 'CA-ON')).toContain('us-988');
    expect(ids('US', 'CA-ON')).not.toContain('ca-988');
    // Typed otherwise, a code is the place or the word; a short name is the place too.
    expect(ids('Qc')).toContain('pamq');
    expect(ids('qc')).toContain('pamq');
    // "on" is a word here: the US line (which does not serve Ontario) has "on" and "call".
    expect(ids('on call')).toContain('us-988');
    expect(ids('PEI')).toContain('ca-988');
    expect(ids('TNO')).toContain('nwt-help-line');
    // When a line answers is searched too.
    expect(ids('BC 24/7')).toContain('bc-php');
    expect(ids('médecin-conseil')).toEqual(['pamq']);
    const kinds = (text: string) => new Set(ids(text).map((id) => RESOURCES.find((r) => r.id === id)!.kind));
    expect(kinds('épuisement professionnel')).toContain('counselling');
  });

  it('finds a kind of help by the words a person may type for it, in English or French', () => {
    const kinds = (text: string) => new Set(ids(text).map((id) => RESOURCES.find((r) => r.id === id)!.kind));
    expect([...kinds('burnout')].sort()).toEqual(['counselling', 'physician-health']);
    expect([...kinds('épuisement')].sort()).toEqual(['counselling', 'physician-health']);
    expect(ids('burnout')).toContain('oma-php');
    expect(ids('lawsuit')).toEqual(['cmpa']);
    expect(ids('poursuite')).toEqual(['cmpa']);
    expect(ids('suicidal')).toEqual(expect.arrayContaining(['ottawa-crisis-line', 'ca-988']));
    expect([...kinds('suicidal')]).toEqual(['crisis']);
    expect([...kinds('suicidaire')]).toEqual(['crisis']);
    expect([...kinds('therapist')]).toEqual(['counselling']);
    // Words still narrow each other: both must match.
    expect(ids('burnout ottawa')).toEqual(['uottawa-faculty-wellness']);
    expect(ids('addiction')).toEqual(['oma-php']);
    expect(ids('dépendance')).toEqual(['oma-php']);
  });

  it('never leads a need to a regulator’s line or a state monitoring program', () => {
    // Manitoba's program is run by the College: calling it is one way to self-report.
    expect(ids('burnout', 'CA-MB')).not.toContain('cpsm-php');
    expect(ids('stress', 'CA-MB')).not.toContain('cpsm-php');
    expect(ids('burnout', 'US')).not.toContain('ncphp');
    expect(ids('burnout', 'US')).not.toContain('state-php');
    expect(ids('emergency')).toEqual([]);
  });

  it('finds something for each word the empty search suggests, in English and in French', async () => {
    for (const lang of ['en', 'fr']) {
      const messages = await parseMessagesFile(`locales/${lang}.yml`);
      const hint = messages.find((m) => m.key.join('.') === 'resources.noMatchHint')!;
      if (hint.type === 'plural') throw new Error('noMatchHint is one sentence');
      const suggestions = hint.message
        .split(/\s?:\s/)[1]!
        .replace(/\.$/, '')
        .split(', ');
      expect(suggestions.length).toBe(5);
      for (const word of suggestions) expect(ids(word), `${lang}: ${word}`).not.toEqual([]);
    }
  });

  it('puts the crisis lines first, then the user’s province (one city’s entries after the rest), then national, and hides other provinces unless asked', () => {
    const all = ids('');
    const find = (id: string) => RESOURCES.find((r) => r.id === id)!;
    const crisis = all.filter((id) => find(id).kind === 'crisis' && !find(id).locality);
    expect(crisis).toContain('ca-988');
    expect(all.slice(0, crisis.length)).toEqual(crisis);
    const rest = all.slice(crisis.length);
    const firstNational = rest.findIndex((id) => find(id).regions.includes('CA'));
    const lastProvincial = rest.findLastIndex((id) => find(id).regions.includes('CA-ON'));
    expect(lastProvincial).toBeLessThan(firstNational);
    // Ontario's own program before Ottawa's entries, the Ottawa crisis line among them.
    const firstOttawa = rest.findIndex((id) => find(id).locality !== undefined);
    expect(rest.indexOf('oma-php')).toBeLessThan(firstOttawa);
    expect(rest.indexOf('paro-helpline')).toBeLessThan(firstOttawa);
    expect(rest.slice(firstOttawa, lastProvincial + 1).every((id) => find(id).locality)).toBe(true);
    expect(rest.slice(firstOttawa)).toContain('ottawa-crisis-line');
    expect(all).not.toContain('bc-php');
    expect(ids('', 'CA-ON', { allRegions: true })).toContain('bc-php');
    expect(ids('', 'CA-ON', { allRegions: true }).at(-1)).not.toBe('paro-helpline');
  });

  it('puts a program the regulator runs after the national ones (Manitoba): calling it can be a self-report', () => {
    const all = ids('', 'CA-MB');
    expect(all[0]).toBe('ca-988');
    expect(all.at(-1)).toBe('cpsm-php');
    expect(all.indexOf('doctors-manitoba-pfsp')).toBeLessThan(all.indexOf('cpsm-php'));
    // Searched for by name from elsewhere, it still comes before other provinces' programs.
    const named = ids('physician health program', 'CA-MB');
    expect(named.indexOf('cpsm-php')).toBeLessThan(named.indexOf('oma-php'));
  });

  it('finds a number typed any way, by its digits, nearest first', () => {
    // Canada writes 9-8-8, the US 988: either spelling finds both, Canada's first from Ontario.
    expect(ids('988')).toEqual(['ca-988', 'us-988']);
    expect(ids('9-8-8')).toEqual(['ca-988', 'us-988']);
    expect(ids('988', 'US')).toEqual(['us-988', 'ca-988']);
    expect(ids('(613) 722-6914')).toEqual(['ottawa-crisis-line']);
    expect(ids('1-800-851-6606')).toEqual(['oma-php']);
    // With or without the country code, whichever way the directory keeps it; any dash.
    expect(ids('1-613-722-6914')).toEqual(['ottawa-crisis-line']);
    expect(ids('800-851-6606')).toEqual(['oma-php']);
    expect(ids('613\u2013722\u20136914')).toEqual(['ottawa-crisis-line']);
    expect(ids('+1 (613) 722-6914')).toEqual(['ottawa-crisis-line']);
  });

  it('finds a province’s programs by its name, in English or French', () => {
    expect(ids('alberta')).toContain('ama-pfsp');
    expect(ids('Québec', 'CA-ON')).toContain('pamq');
    expect(ids('colombie-britannique')).toContain('bc-php');
  });

  it('filters by kind', () => {
    const crisis = searchResources(RESOURCES, { text: '', kind: 'crisis', region: 'US', allRegions: false });
    expect(crisis.map((r) => r.id)).toEqual(['us-988']);
  });

  it('finds a named program from any region, whatever the “other regions” box says', () => {
    expect(ids('PARO', 'CA-BC')).toEqual(['paro-helpline']);
    expect(ids('PAMQ', 'CA-BC')).toEqual(['pamq']);
    expect(ids('PARO', 'US')).toEqual(['paro-helpline']);
    expect(ids('PAMQ', 'CA-BC', { allRegions: true })).toEqual(['pamq']);
  });

  it('ranks a query’s results nearest first: the user’s province, national, then elsewhere', () => {
    const found = ids('médecins', 'CA-BC');
    const rank = (id: string) => {
      const regions = RESOURCES.find((r) => r.id === id)!.regions;
      return regions.includes('CA-BC') ? 0 : regions.includes('CA') ? 1 : 2;
    };
    expect(found).toContain('bc-php');
    expect(found).toContain('pamq');
    expect(found).toContain('oma-php');
    expect(found.map(rank)).toEqual([...found.map(rank)].sort());
    expect(rank(found[0]!)).toBe(0);
  });

  it('keeps browsing (no query) to the user’s region and national entries unless asked', () => {
    expect(ids('', 'CA-BC')).not.toContain('paro-helpline');
    expect(ids('  ', 'CA-BC')).not.toContain('paro-helpline');
    expect(ids('', 'CA-BC', { allRegions: true })).toContain('paro-helpline');
  });

  it('labels each result with where it applies, the user’s own place when it covers it', () => {
    const byId = (id: string) => RESOURCES.find((r) => r.id === id)!;
    expect(resourcePlace(byId('paro-helpline'), 'CA-BC', 'en')).toBe('Ontario');
    expect(resourcePlace(byId('pamq'), 'CA-BC', 'fr')).toBe('Québec');
    expect(resourcePlace(byId('ca-988'), 'CA-BC', 'en')).toBe('Canada');
    expect(resourcePlace(byId('cma-support-line'), 'CA-ON', 'en')).toBe('Ontario');
    expect(resourcePlace(byId('cma-support-line'), 'CA-BC', 'en')).toBe(
      'Saskatchewan, Ontario, Nova Scotia, Newfoundland and Labrador, Yukon, Nunavut',
    );
    expect(resourcePlace(byId('us-988'), 'CA-ON', 'fr')).toBe('États-Unis');
  });
});
