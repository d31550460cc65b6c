import { expect, it } from 'vitest';
import { pickLang } from '../../../lib/text/language';

it('speaks French to any French browser and English to everyone else', () => {
  expect(pickLang('fr')).toBe('fr');
  expect(pickLang('fr-CA')).toBe('fr');
  expect(pickLang('en-US')).toBe('en');
  expect(pickLang('es')).toBe('en');
  expect(pickLang(undefined)).toBe('en');
});
