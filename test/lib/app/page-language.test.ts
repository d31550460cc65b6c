import { expect, it } from 'vitest';
import { whenToReopen } from '../../../lib/app/page-language';

it('reopens at once only the page where the language was chosen, or one that had to guess', () => {
  const base = { rendered: 'en', guessed: false, chosenHere: false } as const;
  expect(whenToReopen({ ...base, wanted: null })).toBe('no');
  expect(whenToReopen({ ...base, wanted: 'en' })).toBe('no');
  expect(whenToReopen({ ...base, wanted: 'fr', chosenHere: true })).toBe('now');
  expect(whenToReopen({ ...base, wanted: 'fr', guessed: true })).toBe('now');
  // Someone may be reading an urgent block or typing here: not under their eyes.
  expect(whenToReopen({ ...base, wanted: 'fr' })).toBe('when-hidden');
});
