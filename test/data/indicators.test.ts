import { describe, expect, it } from 'vitest';
import { INDICATOR_GROUPS, INDICATORS } from '../../lib/content/indicators';
import { RESOURCES } from '../../lib/content/resources';
import { KIND_NAMES } from '../../lib/content/resource-kind-names';
import { RESOURCE_KINDS } from '../../lib/content/resource-kinds';
import { normalizeDigits, VERIFIED_DIGITS } from '../../lib/content/verified-numbers';

describe('distress indicators', () => {
  it('have unique ids', () => {
    const ids = INDICATORS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(25);
  });

  it('are worded for a colleague and for oneself, in English and French', () => {
    for (const indicator of INDICATORS) {
      for (const mode of ['colleague', 'myself'] as const) {
        expect(indicator.label[mode].en.trim(), `${indicator.id} ${mode}`).toBeTruthy();
        expect(indicator.label[mode].fr.trim(), `${indicator.id} ${mode}`).toBeTruthy();
      }
      expect(indicator.label.colleague.en).not.toBe(indicator.label.myself.en);
    }
  });

  it('mark every safety sign, and only those, as a red flag', () => {
    const redFlags = INDICATORS.filter((i) => i.redFlag).map((i) => i.id);
    expect(redFlags).toEqual(INDICATORS.filter((i) => i.group === 'safety').map((i) => i.id));
    expect(redFlags).toEqual([
      'suicide',
      'burden',
      'hopeless',
      'going-away',
      'plan',
      'harm-others',
      'impaired',
    ]);
  });

  it('send every red flag to one of the three urgent blocks', () => {
    const kinds = Object.fromEntries(INDICATORS.filter((i) => i.redFlag).map((i) => [i.id, i.urgent]));
    expect(kinds).toEqual({
      suicide: 'suicide',
      burden: 'suicide',
      hopeless: 'suicide',
      'going-away': 'suicide',
      plan: 'suicide',
      'harm-others': 'threat',
      impaired: 'impaired',
    });
    for (const indicator of INDICATORS.filter((i) => !i.redFlag)) expect(indicator.urgent).toBeUndefined();
  });

  it('word red flags as safe-messaging guidance asks: no method or means named, no “committed”', () => {
    for (const indicator of INDICATORS.filter((i) => i.redFlag)) {
      for (const mode of ['colleague', 'myself'] as const) {
        const { en, fr } = indicator.label[mode];
        expect(en, indicator.id).not.toMatch(/pill|weapon|gun|rope|overdose|committ/i);
        expect(fr, indicator.id).not.toMatch(/médicament|arme|fusil|corde|surdose|commis/i);
      }
    }
  });

  it('give every ordinary sign words for an opening line, and no red flag any', () => {
    for (const indicator of INDICATORS) {
      if (indicator.redFlag) expect(indicator.noticed, indicator.id).toBeUndefined();
      else {
        expect(indicator.noticed?.en.trim(), indicator.id).toBeTruthy();
        expect(indicator.noticed?.fr.trim(), indicator.id).toBeTruthy();
      }
    }
  });

  it('come in four groups, each with signs and a sourced note in both languages', () => {
    expect(INDICATOR_GROUPS.map((g) => g.id)).toEqual(['safety', 'physical', 'behaviour', 'work']);
    for (const group of INDICATOR_GROUPS) {
      expect(INDICATORS.some((i) => i.group === group.id)).toBe(true);
      expect(group.title.fr.trim() && group.sourceNote.en.trim() && group.sourceNote.fr.trim()).toBeTruthy();
      expect(group.sourceUrls.length).toBeGreaterThan(0);
      for (const url of group.sourceUrls) expect(new URL(url).protocol).toBe('https:');
    }
  });
});

describe('the resource directory (physician programs included)', () => {
  const programs = RESOURCES;

  it('dial only verified numbers, written as people write them', () => {
    for (const program of programs) {
      for (const line of program.lines) {
        expect(VERIFIED_DIGITS.has(normalizeDigits(line.digits)), `${program.id} ${line.display}`).toBe(true);
        expect(normalizeDigits(line.display), line.display).toBe(normalizeDigits(line.digits));
        expect(line.note.en.trim() && line.note.fr.trim()).toBeTruthy();
      }
    }
  });

  it('carry both languages, a page, a source and a review date', () => {
    for (const program of programs) {
      expect(
        program.name.en.trim() &&
          program.name.fr.trim() &&
          program.about.en.trim() &&
          program.about.fr.trim(),
      ).toBeTruthy();
      expect(new URL(program.url).protocol).toBe('https:');
      expect(new URL(program.sourceUrl).protocol).toBe('https:');
      expect(program.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('resource directory shape', () => {
  it('has unique ids, a kind each, and at least one region each', () => {
    const ids = RESOURCES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const resource of RESOURCES) {
      expect(RESOURCE_KINDS).toContain(resource.kind);
      expect(resource.regions.length).toBeGreaterThan(0);
      if (resource.textDigits) expect(VERIFIED_DIGITS.has(normalizeDigits(resource.textDigits))).toBe(true);
      for (const item of resource.expect ?? []) expect(item.en.trim() && item.fr.trim()).toBeTruthy();
    }
    for (const kind of RESOURCE_KINDS) expect(KIND_NAMES[kind].en && KIND_NAMES[kind].fr).toBeTruthy();
  });
});
