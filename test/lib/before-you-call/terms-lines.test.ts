import { describe, expect, it } from 'vitest';
import { BEFORE_YOU_CALL } from '../../../lib/content/before-you-call';
import { LICENCE_FORMS } from '../../../lib/content/licence-forms';
import { FACTS_REVIEWED } from '../../../lib/content/sourced-facts';
import { licenceLines, licencePlaceFor } from '../../../lib/before-you-call/licence-lines';
import { institutionLines, programLines } from '../../../lib/before-you-call/terms-lines';

describe('Before you call lines', () => {
  it('gives a program’s five fields in order, then its notes, "not stated" as null text', () => {
    const lines = programLines(BEFORE_YOU_CALL['doctors-ns-psp']!, 'fr');
    expect(lines.map((l) => l.field)).toEqual([
      'runBy',
      'confidentiality',
      'limits',
      'records',
      'tellsRegulator',
      'note',
    ]);
    expect(lines[0]!.text).toMatch(/^Doctors Nova Scotia/);
    expect(lines.every((l) => l.sourceUrl?.startsWith('https://'))).toBe(true);
    const cpsm = programLines(BEFORE_YOU_CALL['cpsm-php']!, 'en');
    expect(cpsm.find((l) => l.field === 'records')).toEqual({
      field: 'records',
      text: null,
      reviewed: FACTS_REVIEWED,
    });
  });

  it('shows an institution’s fields as given, and "not stated" for the rest', () => {
    const lines = institutionLines(
      {
        runBy: 'employer',
        records: 'None kept.',
        sourceUrl: 'https://example.org/eap',
        reviewed: '2026-12-01',
      },
      (who) => `kind:${who}`,
    );
    expect(lines).toEqual([
      { field: 'runBy', text: 'kind:employer', sourceUrl: 'https://example.org/eap', reviewed: '2026-12-01' },
      { field: 'confidentiality', text: null, reviewed: '2026-12-01' },
      { field: 'limits', text: null, reviewed: '2026-12-01' },
      { field: 'records', text: 'None kept.', sourceUrl: 'https://example.org/eap', reviewed: '2026-12-01' },
      { field: 'tellsRegulator', text: null, reviewed: '2026-12-01' },
    ]);
  });

  it('opens the licence view at the user’s province, the US, or Ontario when no province is chosen', () => {
    expect(licencePlaceFor('CA-MB')).toBe('MB');
    expect(licencePlaceFor('US')).toBe('US');
    expect(licencePlaceFor('CA')).toBe('ON');
  });

  it('lists a licence form’s parts: what it asks, seeking help, the regulator’s program, notes', () => {
    expect(licenceLines(LICENCE_FORMS.NS, 'en').map((l) => l.field)).toEqual([
      'asks',
      'helpSeeking',
      'regulatorProgram',
    ]);
    expect(licenceLines(LICENCE_FORMS.PE, 'en').map((l) => l.text)).toEqual([null, null]);
  });
});
