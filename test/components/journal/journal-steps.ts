import { fireEvent, screen } from '@testing-library/preact';
import { vi } from 'vitest';

export const PASS = 'correct horse battery';

/** One PBKDF2 round instead of 600,000: the same code, without seconds per unlock. */
export function fastKeyDerivation() {
  const deriveBits = crypto.subtle.deriveBits.bind(crypto.subtle);
  vi.spyOn(crypto.subtle, 'deriveBits').mockImplementation((algorithm, key, length) =>
    deriveBits({ ...(algorithm as Pbkdf2Params), iterations: 1 }, key, length),
  );
}

const type = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label, { exact: true }), { target: { value } });

/** Opens the Journal tab of the rendered App and turns the journal on, as a person does. */
export async function turnOnJournal(passphrase = PASS) {
  fireEvent.click(screen.getByRole('tab', { name: 'Journal' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Turn on the journal' }));
  type('Passphrase', passphrase);
  type('Confirm passphrase', passphrase);
  fireEvent.click(screen.getByRole('button', { name: 'Turn on' }));
  await screen.findByRole('button', { name: 'Lock' });
}
