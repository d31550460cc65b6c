import { describe, expect, it } from 'vitest';
import { CRISIS_LINES } from '../../lib/content/crisis-lines';
import { HELP_STEPS } from '../../lib/content/help';
import { HELP_SOURCES } from '../../lib/content/sources';
import type { Localized } from '../../lib/content/types';
import { normalizeDigits, VERIFIED_DIGITS } from '../../lib/content/verified-numbers';

/** Every {en, fr} pair anywhere inside a value, with the path where it was found. */
function localizedIn(value: unknown, path = ''): [string, Localized][] {
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (typeof record.en === 'string' || typeof record.fr === 'string')
    return [[path, record as unknown as Localized]];
  return Object.entries(record).flatMap(([key, inner]) => localizedIn(inner, `${path}.${key}`));
}

describe('content data', () => {
  const content = { HELP_STEPS, CRISIS_LINES };

  it('has every text in both English and French', () => {
    const pairs = localizedIn(content);
    expect(pairs.length).toBeGreaterThan(50);
    for (const [path, text] of pairs) {
      expect(text.en?.trim(), `${path}.en`).toBeTruthy();
      expect(text.fr?.trim(), `${path}.fr`).toBeTruthy();
    }
  });

  it('gives every HELP step what to do, three or more phrases, what to avoid and its sources', () => {
    expect(HELP_STEPS.map((s) => s.letter).join('')).toBe('HELP');
    const sourceIds = new Set<string>(HELP_SOURCES.map((s) => s.id));
    for (const step of HELP_STEPS) {
      expect(step.toDo.length, step.id).toBeGreaterThanOrEqual(3);
      expect(step.phrases.length, step.id).toBeGreaterThanOrEqual(3);
      expect(step.avoid.length, step.id).toBeGreaterThanOrEqual(3);
      expect(step.sources.length, step.id).toBeGreaterThan(0);
      for (const id of step.sources) expect(sourceIds.has(id), `${step.id} cites ${id}`).toBe(true);
    }
  });

  it('cites every source with a title, a publisher and a web address', () => {
    const ids = HELP_SOURCES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const source of HELP_SOURCES) {
      expect(source.title.trim()).toBeTruthy();
      expect(source.publisher.trim()).toBeTruthy();
      expect(new URL(source.url).protocol).toMatch(/^https?:$/);
    }
  });

  it('dials only digits, with a source and a review date for each number', () => {
    for (const lines of Object.values(CRISIS_LINES)) {
      for (const number of [lines.crisis, lines.emergency]) {
        expect(number.digits).toMatch(/^\d+$/);
        expect(VERIFIED_DIGITS.has(normalizeDigits(number.digits)), number.display).toBe(true);
        expect(number.display.replace(/\D/g, '')).toBe(number.digits);
        expect(new URL(number.sourceUrl).protocol).toBe('https:');
        expect(number.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
});
