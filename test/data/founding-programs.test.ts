import { describe, expect, it } from 'vitest';
import { HELP_SOURCES } from '../../lib/content/sources';
import { RESOURCES } from '../../lib/content/resources';

const byId = (id: string) => {
  const resource = RESOURCES.find((r) => r.id === id);
  if (!resource) throw new Error(`no resource ${id}`);
  return resource;
};
const UOTTAWA_PEER_SUPPORT =
  'https://uottawa.ca/faculty-medicine/faculty-affairs/faculty-wellness-program/peer-support-and-services';
const PGME_WELLBEING =
  'https://uottawa.ca/faculty-medicine/postgraduate-medical-education/well-being-program-physicians-training';

describe('the founding Ottawa programs (research part 1 §4, part 2 §3.4)', () => {
  it('describe the Faculty Wellness Program as it is: counselling, resources, help planning peer support', () => {
    const fwp = byId('uottawa-faculty-wellness');
    expect(fwp.about.en).toMatch(/Offers counselling/);
    expect(fwp.about.en).toMatch(/connects people with further resources/);
    expect(fwp.about.en).toMatch(/programs, divisions and departments plan and implement peer support/);
    expect(fwp.lines.map((l) => l.display)).toEqual(['613-562-5211']);
    expect([fwp.url, fwp.sourceUrl]).toEqual([UOTTAWA_PEER_SUPPORT, UOTTAWA_PEER_SUPPORT]);
    // The peer-support "is / is not" list is not the FWP's, and nothing of the PGME program is on it.
    expect(fwp.expect).toBeUndefined();
    expect(JSON.stringify(fwp)).not.toMatch(/Not therapy|arm’s length|postgraduate|postdoctorales/);
  });

  it('give the Well-being Program for Physicians-in-Training its own card and page', () => {
    const wellbeing = byId('uottawa-pgme-wellbeing');
    expect(wellbeing.name.en).toBe('Well-being Program for Physicians-in-Training (uOttawa)');
    expect([wellbeing.url, wellbeing.sourceUrl]).toEqual([PGME_WELLBEING, PGME_WELLBEING]);
    expect(wellbeing.about.en).toMatch(/arm’s length/);
  });

  it('put the complete “is / is not” list of peer support on the peer-support programs', () => {
    for (const id of ['uottawa-resident-peer-support', 'toh-peer-mentoring']) {
      const items = byId(id).expect!.map((item) => item.en);
      expect(items, id).toEqual(
        expect.arrayContaining([
          'Private and confidential support.',
          'A safe space to talk about emotions with a colleague who can empathize.',
          'Not therapy or counselling.',
          'Not mandatory.',
          'Not documented: no records are kept.',
          'Not a replacement for professional help.',
        ]),
      );
      expect(items.join(' '), id).toMatch(/safety comes before confidentiality/);
      expect(items.join(' '), id).toMatch(/disclosed in legal proceedings/);
    }
    const resident = byId('uottawa-resident-peer-support').expect!.map((item) => item.en);
    expect(resident).toContain('Nothing goes back to your program, division, department or the PGME office.');
    const toh = byId('toh-peer-mentoring').expect!.map((item) => item.en);
    expect(toh).toContain('Nothing goes back to your program, division or department.');
  });

  it('carry Manitoba’s caveat: its program is run by the regulator, and calling it is a self-report (issue 18)', () => {
    const cpsm = byId('cpsm-php');
    expect(cpsm.about.en).toMatch(/Run by the College \(CPSM\), the regulator/);
    expect(cpsm.about.en).toMatch(/one way to self-report a health concern to the College/);
    expect(cpsm.about.fr).toMatch(/déclarer soi-même un problème de santé au Collège/);
    // Registrants’ duty to tell it about a colleague is on the reporting-duties line (reporting-duties.ts).
  });

  it('cite the CMA distressed-colleague guide, its informal peer-support list and the Well Doc bulletin', () => {
    const urls = HELP_SOURCES.map((source) => source.url);
    expect(urls).toEqual(
      expect.arrayContaining([
        'https://www.cma.ca/physician-wellness-hub/resources/peer-support/recognizing-and-responding-distressed-physicians-and-learners',
        'https://community.cma.ca/en/wellness-connection/w/education-resources/14/informal-peer-support-resources',
        'https://www.welldocalberta.org/peer-support-bulletin',
      ]),
    );
  });
});
