import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkInsStorage } from '../../../lib/check-ins/check-ins.browser';
import { contactsStorage } from '../../../lib/people/contacts.browser';

// An entry that no longer validates (damaged, or written by a newer version) is not shown, and an
// edit to the rest of the list does not delete it: the real storages, on the fake browser.
const damaged = { id: 'c-9', name: '', phone: 'not a number', addedByNewerVersion: true };

describe('a stored list with an entry that does not validate', () => {
  it('contacts: hidden, and kept through an add, a change and a delete of the others', async () => {
    await fakeBrowser.storage.local.set({
      contacts: [{ id: 'c-1', name: 'Sam Lee', phone: '613 555 0199' }, damaged],
    });
    expect((await contactsStorage.load()).map((c) => c.id)).toEqual(['c-1']);

    const after = await contactsStorage.update((list) => [
      ...list,
      { id: 'c-2', name: 'Ben Roy', isBuddy: false, email: 'ben@example.org' },
    ]);
    expect(after.map((c) => c.id)).toEqual(['c-1', 'c-2']);
    await contactsStorage.update((list) => list.map((c) => ({ ...c, name: `${c.name}!` })));
    await contactsStorage.update((list) => list.filter((c) => c.id !== 'c-1'));
    await contactsStorage.save(await contactsStorage.load());

    const { contacts } = await fakeBrowser.storage.local.get('contacts');
    expect(contacts).toEqual([expect.objectContaining({ id: 'c-2', name: 'Ben Roy!' }), damaged]);
  });

  it('check-ins: hidden, and kept when another is stopped', async () => {
    const checkIn = {
      id: 'k-1',
      contactId: 'c-1',
      label: '',
      rhythm: 'weekly',
      weekday: 1,
      dayOfMonth: 1,
      time: '09:00',
      next: 1_900_000_000_000,
    };
    const broken = { ...checkIn, id: 'k-2', time: '25:99' };
    await fakeBrowser.storage.local.set({ checkIns: [checkIn, broken] });
    expect((await checkInsStorage.load()).map((c) => c.id)).toEqual(['k-1']);
    await checkInsStorage.remove('k-1');
    expect(await checkInsStorage.load()).toEqual([]);
    expect((await fakeBrowser.storage.local.get('checkIns')).checkIns).toEqual([broken]);
  });
});
