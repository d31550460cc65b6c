import { describe, expect, it } from 'vitest';
import {
  PEER_SUPPORT_HELPERS,
  PEER_SUPPORT_SECTIONS,
  PEER_SUPPORT_SOURCES,
} from '../../lib/content/start-peer-support';
import { normalizeDigits, VERIFIED_DIGITS } from '../../lib/content/verified-numbers';

const english = (id: string) =>
  PEER_SUPPORT_SECTIONS.find((s) => s.id === id)!
    .items.map((i) => i.en)
    .join(' ');

describe('start-peer-support content', () => {
  it('is complete in both languages, short per screen, with known sources', () => {
    const ids = new Set<string>(PEER_SUPPORT_SOURCES.map((s) => s.id));
    for (const section of PEER_SUPPORT_SECTIONS) {
      expect(section.items.length, section.id).toBeGreaterThan(0);
      expect(section.items.length, section.id).toBeLessThanOrEqual(5);
      for (const text of [section.title, ...section.items]) {
        expect(text.en.trim() && text.fr.trim(), section.id).toBeTruthy();
        expect(text.fr, section.id).not.toBe(text.en);
      }
      for (const id of section.sources) expect(ids.has(id), `${section.id} cites ${id}`).toBe(true);
    }
  });

  it('gives every source and helper a web address and a review date', () => {
    for (const item of [...PEER_SUPPORT_SOURCES, ...PEER_SUPPORT_HELPERS]) {
      const url = 'url' in item ? item.url : '';
      expect(new URL(url).protocol).toMatch(/^https?:$/);
      expect(item.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    for (const helper of PEER_SUPPORT_HELPERS) {
      expect(new URL(helper.sourceUrl).protocol, helper.id).toBe('https:');
      for (const text of [helper.name, helper.what])
        expect(text.en.trim() && text.fr.trim(), helper.id).toBeTruthy();
    }
  });

  it('shows only verified numbers', () => {
    const lines = PEER_SUPPORT_HELPERS.flatMap((h) => (h.line ? [h.line] : []));
    expect(lines.map((l) => l.display)).toEqual(['613-562-5211']);
    for (const line of lines) {
      expect(VERIFIED_DIGITS.has(normalizeDigits(line.digits)), line.display).toBe(true);
      expect(line.display.replace(/\D/g, '')).toBe(line.digits);
    }
  });

  it('states the ground rules the issue names', () => {
    expect(english('is-is-not')).toMatch(
      /safe space to talk about emotions with a colleague who can empathize/,
    );
    expect(english('is-is-not')).toMatch(/not therapy or counselling, not mandatory, not documented/);
    expect(english('ground-rules')).toMatch(/except when someone’s safety is at risk/);
    expect(english('ground-rules')).toMatch(/disclosed in legal proceedings \(CMPA\)/);
    expect(english('ground-rules')).toMatch(/keep no notes/);
    expect(english('ground-rules')).toMatch(/not a crisis service/);
    expect(english('group-formats')).toMatch(/Balint.*Schwartz Rounds.*CMA Wellness Connection/s);
    expect(english('program')).toMatch(/Plan:.*Implement:.*Assess, then sustain/s);
    expect(PEER_SUPPORT_HELPERS.map((h) => h.id)).toEqual([
      'uottawa-fwp',
      'bc-initiative',
      'mspei-p2p',
      'well-doc',
    ]);
  });
});
