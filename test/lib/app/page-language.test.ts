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

it('in a popup made in one language, opens in it when nothing is remembered', () => {
  localStorage.removeItem('been-there.language');
  // The background chose French (a policy, say) in an English browser.
  expect(firstLang('en', 'fr')).toBe('fr');
  expect(firstLang('en', 'xx')).toBe('en');
  // What the last page learnt from the settings still wins: if the popup was chosen before a change
  // of language, the page reopens from the same file without going back and forth.
  localStorage.setItem('been-there.language', 'en');
  expect(firstLang('fr', 'fr')).toBe('en');
  localStorage.removeItem('been-there.language');
});
