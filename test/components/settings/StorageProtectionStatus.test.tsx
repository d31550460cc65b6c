import { fireEvent, screen } from '@testing-library/preact';
import { expect, it } from 'vitest';
import { OptionsApp } from '../../../components/settings/OptionsApp';
import { createStorageProtection } from '../../../lib/settings/storage-protection.browser';
import { renderWithStore } from '../../helpers';

/** A StorageManager whose persist() answers as the browser (or the user at its prompt) would. */
function fakeStorage(initially: boolean, grants: boolean) {
  let kept = initially;
  const asked: string[] = [];
  return {
    asked,
    storage: {
      persisted: async () => kept,
      persist: async () => {
        asked.push('persist');
        kept = grants;
        return kept;
      },
    },
  };
}

it('says the data is protected when the browser already keeps it, and asks nothing', async () => {
  const { storage, asked } = fakeStorage(true, true);
  renderWithStore(<OptionsApp />, { platform: { storageProtection: createStorageProtection(storage) } });
  await screen.findByText(/^Protected\. The browser will not clear/);
  expect(screen.queryByRole('button', { name: 'Ask the browser to protect them' })).toBeNull();
  expect(asked).toEqual([]);
});

it('asks only when the user clicks, then shows the answer', async () => {
  const { storage, asked } = fakeStorage(false, true);
  renderWithStore(<OptionsApp />, { platform: { storageProtection: createStorageProtection(storage) } });
  await screen.findByText(/Not protected\..*Keep an encrypted backup of your journal\./);
  expect(asked).toEqual([]);
  fireEvent.click(screen.getByRole('button', { name: 'Ask the browser to protect them' }));
  await screen.findByText(/^Protected\./);
  expect(asked).toEqual(['persist']);
});

it('says so in French when the browser refuses, and keeps recommending a backup', async () => {
  const { storage } = fakeStorage(false, false);
  renderWithStore(<OptionsApp />, {
    locale: 'fr',
    platform: { storageProtection: createStorageProtection(storage) },
  });
  fireEvent.click(await screen.findByRole('button', { name: 'Demander au navigateur de les protéger' }));
  await screen.findByText('Le navigateur n’a pas accepté de les protéger.');
  screen.getByText(/Non protégé\..*Gardez une sauvegarde chiffrée de votre journal\./);
});

it('says it cannot tell when the browser has no storage manager or it fails', async () => {
  expect(await createStorageProtection(undefined).status()).toBe('unknown');
  const failing = { persisted: () => Promise.reject(new Error('SecurityError')), persist: async () => true };
  expect(await createStorageProtection(failing).status()).toBe('unknown');
  renderWithStore(<OptionsApp />, { platform: { storageProtection: createStorageProtection(undefined) } });
  await screen.findByText(/does not say whether it protects/);
});
