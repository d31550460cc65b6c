import { describe, expect, it } from 'vitest';
import { HOURS_NOT_KNOWN, PHYSICIAN_PROGRAMS } from '../../lib/content/physician-programs';
import { CLINICIAN_ROLES } from '../../lib/content/clinician-roles';
import { RESOURCES } from '../../lib/content/resources';
import { physicianLinesFor } from '../../lib/resources/programs';
import { REGION_CODES } from '../../lib/region/region';

// Every line the urgent area can show: each region's programs plus the CMA line where it runs.
const shown = REGION_CODES.flatMap((region) =>
  physicianLinesFor(region).map((line) => [region, line] as const),
);

describe('physician lines (content-facts-2.md, section 6)', () => {
  it('every line says whom it serves and when it answers (or that the hours are not known), with a source', () => {
    // The CMA Wellness Support Line lives in the directory; it is a physician line where it runs.
    const everyProgram = [
      ...Object.values(PHYSICIAN_PROGRAMS).flat(),
      ...RESOURCES.filter((r) => r.id === 'cma-support-line'),
    ];
    expect(everyProgram.length).toBeGreaterThan(10);
    for (const line of [...everyProgram, ...shown.map(([, l]) => l)]) {
      expect(line.audience?.en.trim() && line.audience.fr.trim(), `${line.id} audience`).toBeTruthy();
      expect(line.hours?.en.trim() && line.hours.fr.trim(), `${line.id} hours`).toBeTruthy();
      expect(line.serves?.length, `${line.id} serves`).toBeGreaterThan(0);
      for (const role of line.serves ?? []) expect(CLINICIAN_ROLES).toContain(role);
      for (const url of [line.sourceUrl, line.detailsSourceUrl ?? line.sourceUrl])
        expect(new URL(url).protocol, line.id).toBe('https:');
    }
  });

  it('a card’s "about" does not say again whom it serves or when ("For:" and "When:" beside it do)', () => {
    // Three words in a row shared with the audience or the hours, in either language, is a repeat.
    const words = (text: string) => text.toLowerCase().match(/[\p{L}\d/]+/gu) ?? [];
    const runs = (text: string) => {
      const w = words(text);
      return w.slice(0, -2).map((_, i) => w.slice(i, i + 3).join(' '));
    };
    const withAudience = RESOURCES.filter((r) => r.audience);
    expect(withAudience.length).toBeGreaterThan(15);
    for (const resource of withAudience)
      for (const lang of ['en', 'fr'] as const) {
        const about = ` ${words(resource.about[lang]).join(' ')} `;
        const said = [resource.audience![lang], resource.hours?.[lang] ?? ''].flatMap(runs);
        expect(
          said.filter((run) => about.includes(` ${run} `)),
          `${resource.id} (${lang}): ${resource.about[lang]}`,
        ).toEqual([]);
      }
  });

  it('never lets a line with unknown hours pass for a 24/7 one', () => {
    for (const [, line] of shown) if (line.hours === HOURS_NOT_KNOWN) expect(line.is24h, line.id).toBe(false);
  });

  it('says PARO serves residents, medical students and families, not staff physicians', () => {
    const paro = PHYSICIAN_PROGRAMS.ON!.find((p) => p.id === 'paro-helpline')!;
    expect(paro.serves).toEqual(['resident', 'student']);
    expect(paro.audience.en).toBe('Residents, medical students and their families');
  });

  it('gives Prince Edward Island its 24-hour line through Doctors of BC', () => {
    const [mspei] = physicianLinesFor('CA-PE');
    expect(mspei?.id).toBe('mspei-php');
    expect(mspei?.lines.map((l) => l.digits)).toEqual(['18006636729']);
  });

  it('gives Yukon and Nunavut the CMA Wellness Support Line as a link, and the Northwest Territories nothing', () => {
    for (const region of ['CA-YT', 'CA-NU'] as const) {
      const lines = physicianLinesFor(region);
      expect(lines.map((l) => l.id)).toEqual(['cma-support-line']);
      expect(lines[0]!.lines).toEqual([]);
    }
    expect(physicianLinesFor('CA-NT')).toEqual([]);
  });
});
