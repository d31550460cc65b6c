import { describe, expect, it } from 'vitest';
import { PLAN_ABOUT, PLAN_GUIDES, SAFETY_PLAN_REVIEWED } from '../../lib/content/safety-plan';
import { PLAN_STEPS } from '../../lib/safety-plan/safety-plan';

// Issue 20: one line per step on what it is for, in both languages, each with its source and review.
describe('safety plan guidance', () => {
  it('covers the six steps and the reasons, each sourced and reviewed', () => {
    expect(Object.keys(PLAN_GUIDES)).toEqual([...PLAN_STEPS, 'reasons']);
    for (const [id, guide] of Object.entries(PLAN_GUIDES)) {
      expect(guide.sourceUrl, id).toMatch(/^https:\/\//);
      expect(guide.reviewed, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const lang of ['en', 'fr'] as const) {
        expect(guide.title[lang].length, `${id} ${lang}`).toBeGreaterThan(0);
        expect(guide.purpose[lang].length, `${id} ${lang}`).toBeGreaterThan(0);
      }
    }
    expect(PLAN_ABOUT.sourceUrl).toMatch(/^https:\/\//);
    expect(PLAN_ABOUT.reviewed).toBe(SAFETY_PLAN_REVIEWED);
  });

  it('says it is not a crisis service, and never that the plan replaces care', () => {
    expect(PLAN_ABOUT.notCrisis.en).toContain('not a crisis service');
    expect(PLAN_ABOUT.notCrisis.fr).toContain('pas un service de crise');
    const all = JSON.stringify([PLAN_GUIDES, PLAN_ABOUT]);
    expect(all).not.toMatch(/instead of (care|treatment|therapy)|replaces? (care|treatment|therapy)/i);
    expect(PLAN_ABOUT.withClinician.en).toContain('does not stand in for it');
    expect(PLAN_ABOUT.withClinician.fr).toContain('ne les remplace pas');
  });
});
