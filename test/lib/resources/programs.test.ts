import { describe, expect, it } from 'vitest';
import { reportingSourcesFor } from '../../../lib/content/reporting-duties';
import { PROVINCES, type Province } from '../../../lib/content/regions';
import { guideLinesFor, physicianLinesFor, programsFor } from '../../../lib/resources/programs';
import { summarizeSigns } from '../../../lib/signs/signs-summary';

const ids = (lines: { id: string }[]) => lines.map((l) => l.id);

describe('physicianLinesFor', () => {
  it('puts lines answered around the clock first when no role is given', () => {
    expect(ids(physicianLinesFor('CA-ON'))).toEqual(['paro-helpline', 'cma-support-line', 'oma-php']);
  });

  it('puts the lines that serve the user’s role first, keeping the others', () => {
    expect(ids(physicianLinesFor('CA-ON', 'physician'))).toEqual([
      'cma-support-line',
      'oma-php',
      'paro-helpline',
    ]);
    expect(ids(physicianLinesFor('CA-ON', 'resident'))).toEqual([
      'paro-helpline',
      'cma-support-line',
      'oma-php',
    ]);
  });

  it('puts a program the regulator runs after every other, whatever the role (Manitoba)', () => {
    for (const role of [null, 'physician', 'resident', 'student'] as const) {
      expect(ids(physicianLinesFor('CA-MB', role)).at(-1), String(role)).toBe('cpsm-php');
    }
    expect(ids(physicianLinesFor('CA-MB', 'resident'))).toEqual(['doctors-manitoba-pfsp', 'cpsm-php']);
  });

  it('has no lines for Canada with no province chosen', () => {
    expect(physicianLinesFor('CA')).toEqual([]);
  });
});

describe('guideLinesFor (the after-event guide’s screens)', () => {
  it('keeps the urgent block’s order: the user’s own first, the regulator’s last (Manitoba)', () => {
    expect(ids(guideLinesFor('CA-ON', 'physician'))).toEqual(['oma-php', 'paro-helpline']);
    expect(ids(guideLinesFor('CA-MB', 'physician')).at(-1)).toBe('cpsm-php');
  });

  it('lists every program of a province, and the CMA Support Line only where there is none', () => {
    for (const province of Object.keys(PROVINCES) as Province[]) {
      const region = `CA-${province}` as const;
      const own = ids(programsFor(region));
      const shown = ids(guideLinesFor(region));
      expect(shown.filter((id) => id !== 'cma-support-line').sort(), region).toEqual([...own].sort());
      const runsThere = ids(physicianLinesFor(region)).includes('cma-support-line');
      expect(shown.includes('cma-support-line'), region).toBe(runsThere && own.length === 0);
    }
    expect(ids(guideLinesFor('CA-YT'))).toEqual(['cma-support-line']);
    expect(ids(guideLinesFor('CA-NU'))).toEqual(['cma-support-line']);
    expect(ids(guideLinesFor('CA-SK'))).toEqual(['sma-php']);
    expect(ids(guideLinesFor('CA-ON'))).not.toContain('cma-support-line');
    expect(ids(guideLinesFor('CA-NT'))).toEqual([]);
    expect(ids(guideLinesFor('US')).sort()).toEqual(['physician-support-line', 'state-php']);
  });
});

describe('reportingSourcesFor', () => {
  it('links the CMPA overview in Canada, then the province’s rules where they were found', () => {
    expect(reportingSourcesFor('CA-ON').map((s) => new URL(s.url).host)).toEqual([
      'www.cmpa-acpm.ca',
      'www.cpso.on.ca',
    ]);
    expect(reportingSourcesFor('CA-PE').map((s) => new URL(s.url).host)).toEqual(['www.cmpa-acpm.ca']);
    expect(reportingSourcesFor('US').map((s) => new URL(s.url).host)).toEqual(['www.ama-assn.org']);
  });
});

describe('summarizeSigns', () => {
  it('lists the urgent kinds ticked, a threat to others first', () => {
    expect(summarizeSigns(new Set(['impaired', 'burden', 'harm-others', 'anxious']))).toEqual({
      redFlag: true,
      urgentKinds: ['threat', 'suicide', 'impaired'],
      otherCount: 1,
    });
    expect(summarizeSigns(new Set(['anxious']))).toEqual({ redFlag: false, urgentKinds: [], otherCount: 1 });
  });
});
