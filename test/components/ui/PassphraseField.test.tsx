import { createEvent, fireEvent, render, screen } from '@testing-library/preact';
import { expect, it } from 'vitest';
import { PassphraseField } from '../../../components/ui/PassphraseField';

it('is masked but is no password field, so no password manager offers to save it; paste works', () => {
  const typed: string[] = [];
  render(<PassphraseField id="p" label="Passphrase" value="" onInput={(v) => typed.push(v)} />);
  const input = screen.getByLabelText<HTMLInputElement>('Passphrase');
  // Browsers and password-manager add-ons act on any field that has ever been type="password".
  expect(input.type).toBe('text');
  expect(input.getAttribute('autocomplete')).toBe('off');
  expect(input.classList.contains('passphrase')).toBe(true);
  const paste = createEvent.paste(input);
  fireEvent(input, paste);
  expect(paste.defaultPrevented).toBe(false);
  fireEvent.input(input, { target: { value: 'pasted passphrase' } });
  expect(typed).toEqual(['pasted passphrase']);
});
