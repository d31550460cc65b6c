import { describe, expect, it } from 'vitest';
import { HELP_STEPS } from '../../lib/content/help';
import { PHYSICIAN_PROGRAMS } from '../../lib/content/physician-programs';
import { CARD_AUDIENCES, CARD_HELP_LINES } from '../../lib/content/pocket-card';

describe('pocket card content', () => {
  it('has HELP in four short lines, in both languages', () => {
    for (const step of HELP_STEPS) {
      const card = CARD_HELP_LINES[step.id];
      for (const lang of ['en', 'fr'] as const) {
        expect(card.title[lang].trim(), step.id).toBeTruthy();
        // Short enough to stay one or two lines on an 85.6 mm card.
        expect(card.line[lang].length, `${step.id} ${lang}`).toBeLessThanOrEqual(95);
      }
    }
  });

  it('says whom each physician line on the card serves, with a source', () => {
    const withLines = Object.values(PHYSICIAN_PROGRAMS)
      .flat()
      .filter((p) => p.lines.length > 0);
    expect(withLines.length).toBeGreaterThan(5);
    for (const program of withLines) {
      const audience = CARD_AUDIENCES[program.id];
      expect(audience, program.id).toBeDefined();
      expect(audience!.serves.en.trim() && audience!.serves.fr.trim(), program.id).toBeTruthy();
      expect(new URL(audience!.sourceUrl).protocol, program.id).toBe('https:');
    }
  });
});
