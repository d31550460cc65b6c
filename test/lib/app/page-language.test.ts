import { expect, it } from 'vitest';
import { firstLang, whenToReopen } from '../../../lib/app/page-language';

it('reopens at once only the page where the language was chosen, or one that had to guess', () => {
  const base = { rendered: 'en', guessed: false, chosenHere: false } as const;
  expect(whenToReopen({ ...base, wanted: null })).toBe('no');
  expect(whenToReopen({ ...base, wanted: 'en' })).toBe('no');
  expect(whenToReopen({ ...base, wanted: 'fr', chosenHere: true })).toBe('now');
  expect(whenToReopen({ ...base, wanted: 'fr', guessed: true })).toBe('now');
  // Someone may be reading an urgent block or typing here: not under their eyes.
  expect(whenToReopen({ ...base, wanted: 'fr' })).toBe('when-hidden');
});

it('opens in the language remembered from the settings, else in the browser’s', () => {
  localStorage.removeItem('been-there.language');
  expect(firstLang('fr')).toBe('fr');
  expect(firstLang('en')).toBe('en');
  localStorage.setItem('been-there.language', 'fr');
  expect(firstLang('en')).toBe('fr');
  localStorage.setItem('been-there.language', 'de');
  expect(firstLang('en')).toBe('en');
  localStorage.removeItem('been-there.language');
});
