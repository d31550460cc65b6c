import { expect, it } from 'vitest';
import { buildOpeningLine } from '../../../lib/signs/opening-line';

it('names what was noticed, then asks an open question', () => {
  expect(buildOpeningLine(['exhausted'], 'en')).toBe(
    'I’ve noticed you seem really tired lately. How are you doing?',
  );
});

it('names at most two signs, in the order of the list', () => {
  expect(buildOpeningLine(['withdrawn', 'exhausted', 'anxious'], 'en')).toBe(
    'I’ve noticed you seem really tired and you seem really stressed lately. How are you doing?',
  );
});

it('never puts a red flag into an opening line', () => {
  expect(buildOpeningLine(['suicide', 'plan'], 'en')).toBeNull();
  expect(buildOpeningLine(['suicide', 'humour'], 'en')).toBe(
    'I’ve noticed you haven’t been joking around like usual lately. How are you doing?',
  );
});

it('has nothing to say when nothing was ticked', () => {
  expect(buildOpeningLine([], 'fr')).toBeNull();
});

it('speaks French', () => {
  expect(buildOpeningLine(['exhausted', 'withdrawn'], 'fr')).toBe(
    'J’ai remarqué que tu sembles manquer d’énergie et qu’on te voit moins ces temps-ci. Comment ça va?',
  );
});
