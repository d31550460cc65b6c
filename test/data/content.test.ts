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

  it('keeps every HELP step’s core short: 1-3 things to do, 2-3 phrases, 1-2 to avoid; the rest under more', () => {
    expect(HELP_STEPS.map((s) => s.letter).join('')).toBe('HELP');
    const sourceIds = new Set<string>(HELP_SOURCES.map((s) => s.id));
    for (const step of HELP_STEPS) {
      expect(step.toDo.length, `${step.id} toDo`).toBeGreaterThanOrEqual(1);
      expect(step.toDo.length, `${step.id} toDo`).toBeLessThanOrEqual(3);
      expect(step.phrases.length, `${step.id} phrases`).toBeGreaterThanOrEqual(2);
      expect(step.phrases.length, `${step.id} phrases`).toBeLessThanOrEqual(3);
      expect(step.avoid.length, `${step.id} avoid`).toBeGreaterThanOrEqual(1);
      expect(step.avoid.length, `${step.id} avoid`).toBeLessThanOrEqual(2);
      const more = step.more.toDo.length + step.more.phrases.length + step.more.avoid.length;
      expect(more, `${step.id} more`).toBeGreaterThan(0);
      expect(step.sources.length, step.id).toBeGreaterThan(0);
      for (const id of step.sources) expect(sourceIds.has(id), `${step.id} cites ${id}`).toBe(true);
    }
  });

  it('states the limits of confidentiality where HELP mentions it', () => {
    const core = (lang: 'en' | 'fr') =>
      HELP_STEPS.flatMap((step) => [step.summary, ...step.toDo, ...step.phrases, ...step.avoid]).map(
        (text) => text[lang],
      );
    // A promise of confidentiality always carries its limit: someone's safety.
    // And never more than programs promise: it usually holds, and ends at safety and in legal proceedings (issue 18).
    for (const text of core('en').filter((t) => /confidential/i.test(t)))
      expect(text, text).toMatch(/except in legal proceedings or when someone’s safety is at risk/);
    for (const text of core('fr').filter((t) => /confidentialit/i.test(t)))
      expect(text, text).toMatch(/sauf en justice ou si la sécurité de quelqu’un est en jeu/);
    const link = HELP_STEPS.find((step) => step.id === 'link')!;
    expect(link.phrases.some((p) => /confidential/.test(p.en))).toBe(true);
    // And the CMPA's caveat, in the Link step's core: peer-support talks can come out in court.
    expect(link.avoid.map((a) => a.en).join(' ')).toMatch(/disclosed in legal proceedings/);
    expect(link.avoid.map((a) => a.fr).join(' ')).toMatch(/divulguée en justice/);
    // Plan's self-care never asks the helper to pass on what they were told.
    const plan = HELP_STEPS.find((step) => step.id === 'plan')!;
    const selfCare = plan.toDo.find((item) => /yourself/.test(item.en))!;
    expect(selfCare.en).toMatch(/how you feel, not about what they told you/);
    expect(selfCare.fr).toMatch(/ce que vous ressentez, pas de ce qu’on vous a confié/);
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
