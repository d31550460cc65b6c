import { describe, expect, it } from 'vitest';
import { reportingSourcesFor } from '../../../lib/content/reporting-duties';
import { physicianLinesFor } from '../../../lib/resources/programs';
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
