import { fireEvent, render, screen } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../components/app/App';
import { lazyView } from '../../../components/app/lazyView';
import { createJournalPlatform } from '../../../lib/journal/journal.browser';
import { JournalChangedError } from '../../../lib/journal/repository';
import { renderWithStore } from '../../helpers';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const type = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label, { exact: true }), { target: { value } });
const PASS = 'correct horse battery';

async function startTurningOn(options = {}) {
  const rendered = renderWithStore(<App surface="sidepanel" />, options);
  fireEvent.click(screen.getByRole('tab', { name: 'Journal' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Turn on the journal' }));
  return rendered;
}

describe('one new-passphrase form (turn on, change passphrase)', () => {
  it('changing the passphrase shows the strength as it is typed, as turning on does', async () => {
    await startTurningOn();
    type('Passphrase', 'short');
    expect(screen.getByText('Too short. Use 8 characters or more.')).toBeTruthy();
    type('Passphrase', PASS);
    type('Confirm passphrase', PASS);
    fireEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Change passphrase' }));
    type('New passphrase', 'short');
    expect(screen.getByText('Too short. Use 8 characters or more.')).toBeTruthy();
    type('New passphrase', 'a new and longer one');
    type('Confirm passphrase', 'a new and longer on');
    fireEvent.click(screen.getAllByRole('button', { name: 'Change passphrase' }).at(-1)!);
    expect(await screen.findByText('The two passphrases are different.')).toBeTruthy();
  });

  it('a turn on that fails says so (en and fr), and the button works again', async () => {
    let failures = 1;
    const journal = async () => {
      const platform = createJournalPlatform();
      const turnOn = platform.journal.turnOn;
      platform.journal.turnOn = (...args) =>
        failures-- > 0 ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : turnOn(...args);
      return platform;
    };
    await startTurningOn({ platform: { journal } });
    type('Passphrase', PASS);
    type('Confirm passphrase', PASS);
    fireEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    expect(await screen.findByText(/could not be turned on here/)).toBeTruthy();
    const retry = screen.getByRole('button', { name: 'Turn on' }) as HTMLButtonElement;
    expect(retry.disabled).toBe(false);
    fireEvent.click(retry);
    expect(await screen.findByRole('button', { name: 'Lock' })).toBeTruthy();
  });

  it('says it in French too', async () => {
    const journal = async () => {
      const platform = createJournalPlatform();
      platform.journal.turnOn = () => Promise.reject(new Error('refused'));
      return platform;
    };
    renderWithStore(<App surface="sidepanel" />, { locale: 'fr', platform: { journal } });
    fireEvent.click(screen.getByRole('tab', { name: 'Journal' }));
    fireEvent.click(await screen.findByRole('button', { name: /Activer le journal/ }));
    type('Phrase secrète', PASS);
    type('Confirmer la phrase secrète', PASS);
    fireEvent.click(screen.getByRole('button', { name: 'Activer' }));
    expect(await screen.findByText(/n’a pas pu être activé ici/)).toBeTruthy();
  });
});

describe('a change of passphrase that is not written', () => {
  /** The journal turned on, then a platform whose next `failures` changes are refused as the journal's are. */
  async function turnedOnWithRefusals(locale: 'en' | 'fr', failures: number, error: Error) {
    const journal = async () => {
      const platform = createJournalPlatform();
      const change = platform.journal.changePassphrase;
      platform.journal.changePassphrase = (...args) =>
        failures-- > 0 ? Promise.reject(error) : change(...args);
      return platform;
    };
    const fr = locale === 'fr';
    renderWithStore(<App surface="sidepanel" />, { locale, platform: { journal } });
    fireEvent.click(screen.getByRole('tab', { name: 'Journal' }));
    fireEvent.click(
      await screen.findByRole('button', { name: fr ? /Activer le journal/ : 'Turn on the journal' }),
    );
    type(fr ? 'Phrase secrète' : 'Passphrase', PASS);
    type(fr ? 'Confirmer la phrase secrète' : 'Confirm passphrase', PASS);
    fireEvent.click(screen.getByRole('button', { name: fr ? 'Activer' : 'Turn on' }));
    const change = fr ? 'Changer la phrase secrète' : 'Change passphrase';
    fireEvent.click(await screen.findByRole('button', { name: change }));
    type(fr ? 'Phrase secrète actuelle' : 'Current passphrase', PASS);
    type(fr ? 'Nouvelle phrase secrète' : 'New passphrase', 'a new and longer one');
    type(fr ? 'Confirmer la phrase secrète' : 'Confirm passphrase', 'a new and longer one');
    fireEvent.click(screen.getAllByRole('button', { name: change }).at(-1)!);
    return () => screen.getAllByRole('button', { name: change }).at(-1) as HTMLButtonElement;
  }

  it('says so when the journal changed meanwhile, keeps the form, and a second try changes it', async () => {
    const submit = await turnedOnWithRefusals('en', 1, new JournalChangedError());
    const said = await screen.findByText(/The passphrase was not changed/, {}, { timeout: 20_000 });
    expect(said.getAttribute('role')).toBe('status');
    expect(said.className).toBe('error');
    expect((screen.getByLabelText('New passphrase', { exact: true }) as HTMLInputElement).value).toBe(
      'a new and longer one',
    );
    expect(submit().disabled).toBe(false);
    fireEvent.click(submit());
    expect(
      await screen.findByText('Passphrase changed. Use the new one from now on.', {}, { timeout: 20_000 }),
    ).toBeTruthy();
  });

  it('says so in French when the device could not store it', async () => {
    await turnedOnWithRefusals('fr', 1, new DOMException('full', 'QuotaExceededError'));
    expect(
      await screen.findByText(/La phrase secrète n’a pas été changée/, {}, { timeout: 20_000 }),
    ).toBeTruthy();
  });
});

describe('a change of passphrase the journal locks during', () => {
  /**
   * Turned on, then changes the passphrase. `meanwhile` runs as the change ends, before it returns:
   * given this page's journal, it may lock it, or have another page open it again.
   */
  async function changeWith(
    meanwhile: (journal: ReturnType<typeof createJournalPlatform>) => Promise<unknown>,
  ) {
    const journal = async () => {
      const platform = createJournalPlatform();
      const change = platform.journal.changePassphrase;
      platform.journal.changePassphrase = async (...args) => {
        await change(...args);
        await meanwhile(platform);
        endChange();
      };
      return platform;
    };
    let endChange = () => {};
    const ended = new Promise<void>((done) => (endChange = done));
    const rendered = renderWithStore(<App surface="sidepanel" />, { platform: { journal } });
    fireEvent.click(screen.getByRole('tab', { name: 'Journal' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Turn on the journal' }));
    type('Passphrase', PASS);
    type('Confirm passphrase', PASS);
    fireEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Change passphrase' }));
    type('Current passphrase', PASS);
    type('New passphrase', 'a new and longer one');
    type('Confirm passphrase', 'a new and longer one');
    fireEvent.click(screen.getAllByRole('button', { name: 'Change passphrase' }).at(-1)!);
    // The store has taken the change's answer once a task has run after it.
    const answered = ended.then(() => new Promise((done) => setTimeout(done, 0)));
    return { ...rendered, answered };
  }
  const locks = (platform: ReturnType<typeof createJournalPlatform>) => platform.journal.lock();
  const SAID = 'Your passphrase was changed, then the journal locked. Unlock it with the new passphrase.';

  it('the lock screen says the passphrase was changed, with the field, until the journal opens', async () => {
    await changeWith(locks);
    const said = await screen.findByText(SAID, {}, { timeout: 20_000 });
    const field = screen.getByLabelText('Passphrase', { exact: true });
    expect(field.getAttribute('aria-describedby')).toBe(said.id);
    type('Passphrase', 'a new and longer one');
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('button', { name: 'Lock' }, { timeout: 20_000 })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lock' }));
    expect(await screen.findByRole('button', { name: 'Unlock' }, { timeout: 20_000 })).toBeTruthy();
    expect(screen.queryByText(SAID)).toBeNull();
  });

  it('not when another page opened the journal again before the change returned', async () => {
    const { answered } = await changeWith(async (platform) => {
      await platform.journal.lock();
      await screen.findByRole('button', { name: 'Unlock' }, { timeout: 20_000 });
      // Another page (its own session) unlocks with the new passphrase; this one follows it.
      await createJournalPlatform().journal.unlock('a new and longer one');
      await screen.findByRole('button', { name: 'Lock' }, { timeout: 20_000 });
    });
    await answered;
    fireEvent.click(screen.getByRole('button', { name: 'Lock' }));
    expect(await screen.findByRole('button', { name: 'Unlock' }, { timeout: 20_000 })).toBeTruthy();
    expect(screen.queryByText(SAID)).toBeNull();
  });

  it('not once the journal was deleted: turned on again in another page and locked, it says nothing of it', async () => {
    const { store } = await changeWith(locks);
    await screen.findByText(SAID, {}, { timeout: 20_000 });
    await store.journal.store.value!.deleteEverything();
    await screen.findByRole('button', { name: 'Turn on the journal' }, { timeout: 20_000 });
    // Another page turns it on and locks it: this one follows to its lock screen, never opened here.
    const other = createJournalPlatform();
    await other.journal.turnOn(PASS);
    await other.journal.lock();
    expect(await screen.findByRole('button', { name: 'Unlock' }, { timeout: 20_000 })).toBeTruthy();
    expect(screen.queryByText(SAID)).toBeNull();
  });

  it('not after a change that ended unlocked: a later lock says nothing of it', async () => {
    await changeWith(async () => undefined);
    expect(
      await screen.findByText('Passphrase changed. Use the new one from now on.', {}, { timeout: 20_000 }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lock' }));
    expect(await screen.findByRole('button', { name: 'Unlock' }, { timeout: 20_000 })).toBeTruthy();
    expect(screen.queryByText(SAID)).toBeNull();
  });
});

describe('a lazy view whose code fails to load', () => {
  it('says so and loads again on Try again', async () => {
    const load = vi
      .fn()
      .mockRejectedValueOnce(new Error('chunk gone'))
      .mockResolvedValue(() => <p>the view</p>);
    const View = lazyView(load);
    render(<View />);
    expect(await screen.findByText('This part of Been There could not be loaded.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('the view')).toBeTruthy();
  });
});
