import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PolicyExport } from '../../../components/settings/PolicyExport';
import { StoreProvider } from '../../../components/app/StoreContext';
import type { ContactInput } from '../../../lib/people/contacts';
import { journalSession } from '../../../lib/journal/session/session.browser';
import { contactsStorage } from '../../../lib/people/contacts.browser';
import { remindersStorage } from '../../../lib/reminders/reminders.browser';
import { settingsStorage } from '../../../lib/settings/settings.browser';
import { createTestStore } from '../../helpers';

const person = (name: string): ContactInput => ({ name, isBuddy: false, phone: '613 555 0100' });
// The fake browser's events can say whether anyone still listens; its types leave that out.
const listening = () =>
  (fakeBrowser.storage.onChanged as unknown as { hasListeners(): boolean }).hasListeners();
const names = (list: readonly { name: string }[]) => list.map((c) => c.name).sort();

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('people slice: popup and side panel on one browser', () => {
  it("keeps both pages' edits when they save at the same moment, each shows the other's, and stopping ends the listening", async () => {
    await contactsStorage.save([{ ...person('Ana'), id: 'ana' }]);
    const popup = createTestStore().store;
    const panel = createTestStore().store;
    await Promise.all([popup.people.ensure(), panel.people.ensure()]);

    await Promise.all([
      popup.people.saveContact(person('Ben')),
      panel.people.saveContact(person('Cy')),
      popup.people.saveContact({ ...person('Ana'), note: 'edited in the popup' }, 'ana'),
    ]);
    expect(names(await contactsStorage.load())).toEqual(['Ana', 'Ben', 'Cy']);
    await waitFor(() => expect(names(popup.people.contacts.value)).toEqual(['Ana', 'Ben', 'Cy']));
    expect(names(panel.people.contacts.value)).toEqual(['Ana', 'Ben', 'Cy']);
    expect(panel.people.contacts.value.find((c) => c.id === 'ana')?.note).toBe('edited in the popup');

    const ben = popup.people.contacts.value.find((c) => c.name === 'Ben')!;
    await Promise.all([
      panel.people.deleteContact(ben.id),
      popup.people.saveContact(person('Dee')),
      panel.people.addReminder(new Date(Date.now() + 60_000), 'from the panel'),
      popup.people.addReminder(new Date(Date.now() + 120_000), 'from the popup'),
    ]);
    expect(names(await contactsStorage.load())).toEqual(['Ana', 'Cy', 'Dee']);
    expect(names(popup.people.contacts.value)).toEqual(['Ana', 'Cy', 'Dee']);
    expect(names(panel.people.contacts.value)).toEqual(['Ana', 'Cy', 'Dee']);
    const labels = ['from the panel', 'from the popup'];
    expect((await remindersStorage.load()).map((r) => r.label).sort()).toEqual(labels);
    expect(popup.people.reminders.value.map((r) => r.label).sort()).toEqual(labels);
    expect(panel.people.reminders.value.map((r) => r.label).sort()).toEqual(labels);

    popup.stop();
    panel.stop();
    expect(listening()).toBe(false);
  });

  it('loads only when asked, and tries again after a failed load', async () => {
    await contactsStorage.save([{ ...person('Ana'), id: 'ana' }]);
    const real = (await import('../../../lib/people/people.browser')).people;
    const people = vi.fn().mockRejectedValueOnce(new Error('chunk failed')).mockResolvedValue(real);
    const { store } = createTestStore({ platform: { people } });
    await store.start();
    expect(people).not.toHaveBeenCalled();
    await expect(store.people.ensure()).rejects.toThrow('chunk failed');
    expect(store.people.status.value).toBe('failed');
    await store.people.ensure();
    expect(store.people.status.value).toBe('ready');
    expect(names(store.people.contacts.value)).toEqual(['Ana']);
  });

  it('exports the contacts for IT even when no contact list was shown first', async () => {
    await contactsStorage.save([{ ...person('Ana'), id: 'ana' }]);
    const { store } = createTestStore();
    await store.start();
    const files: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      files.push(blob as Blob);
      return 'blob:policy';
    });
    render(
      <StoreProvider store={store}>
        <PolicyExport />
      </StoreProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export as policy file' }));
    await waitFor(() => expect(files).toHaveLength(1));
    const policy = JSON.parse(await files[0]!.text()) as { contacts: { name: string }[] };
    expect(policy.contacts.map((c) => c.name)).toEqual(['Ana']);
  });

  it('exports nothing when the contacts cannot be read, and says so', async () => {
    const people = () => Promise.reject(new Error('storage unavailable'));
    const { store } = createTestStore({ platform: { people } });
    await store.start();
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:policy');
    render(
      <StoreProvider store={store}>
        <PolicyExport />
      </StoreProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export as policy file' }));
    expect(
      await screen.findByText(
        'Nothing was exported, because your contacts could not be read. Try again in a moment.',
      ),
    ).toBeTruthy();
    expect(createObjectURL).not.toHaveBeenCalled();
  });
});

describe('journal slice', () => {
  it('is built once, follows a lock from elsewhere, and stops listening when the app store stops', async () => {
    const { store } = createTestStore();
    const [first, second] = await Promise.all([store.journal.open(), store.journal.open()]);
    expect(first).toBe(second);
    await first!.turnOn('correct horse battery');
    expect(first!.view.value).toBe('unlocked');
    await journalSession.lock();
    // The page saves its draft with the key it still holds, then follows the lock.
    await vi.waitFor(() => expect(first!.view.value).toBe('locked'));

    await first!.unlock('correct horse battery');
    store.stop();
    expect(listening()).toBe(false);
  });

  it('leaves no lock watcher behind when the app store stops before the journal has loaded', async () => {
    const { store } = createTestStore();
    const opening = store.journal.open();
    store.stop();
    expect(await opening).toBeNull();
    expect(store.journal.store.value).toBeNull();
    expect(listening()).toBe(false);
  });
});

describe('settings slice', () => {
  it('computes the auto-lock in force once: the default, the choice, then the policy cap', async () => {
    const { store } = createTestStore();
    await store.start();
    expect(store.settings.autoLock.value).toBe(5);
    await store.settings.setAutoLock(60);
    expect(store.settings.autoLock.value).toBe(60);
    await fakeBrowser.storage.managed.set({ maxAutoLockMinutes: 15 });
    await waitFor(() => expect(store.settings.autoLock.value).toBe(15));
    store.stop();
  });

  it('keeps a region chosen while the settings are still loading, here and in a page opened after', async () => {
    // The options page's first choice can come before its own start-up read has answered: that
    // read (slow here) must not put the old settings back over the choice.
    let answer = () => {};
    let reads = 0;
    const slowFirstRead = {
      ...settingsStorage,
      load: async () => {
        const stored = await settingsStorage.load();
        if (++reads === 1) await new Promise<void>((resolve) => (answer = resolve));
        return stored;
      },
    };
    const { store } = createTestStore({
      timeZone: 'America/Vancouver',
      platform: { settings: slowFirstRead },
    });
    const starting = store.start();
    await Promise.resolve();
    const choosing = store.settings.setRegion('CA-MB');
    await vi.waitFor(async () => expect((await settingsStorage.load()).region).toBe('CA-MB'));
    answer();
    await Promise.all([starting, choosing]);
    expect(store.region.value).toBe('CA-MB');
    const { store: later } = createTestStore({ timeZone: 'America/Vancouver' });
    await later.start();
    expect(later.region.value).toBe('CA-MB');
    store.stop();
    later.stop();
  });
});
