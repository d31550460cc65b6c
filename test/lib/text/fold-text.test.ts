import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../lib/text/fold-text';

/** The rule foldText follows for every text: decompose, drop diacritics, lower case. */
const slowFold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

describe('foldText', () => {
  it('folds accents and case', () => {
    expect(foldText('Médecins À L’ÉCOUTE')).toBe('medecins a l’ecoute');
  });

  it('gives, for ASCII text, what the full Unicode rule gives', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii' }), (text) => foldText(text) === slowFold(text)));
    expect(foldText('a^b`C')).toBe('abc');
  });

  it('gives the full rule for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => foldText(text) === slowFold(text)));
  });
});
