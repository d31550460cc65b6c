import type { Signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CheckIn } from '../../../lib/check-ins/check-ins';
import { checkInsStorage } from '../../../lib/check-ins/check-ins.browser';
import { createCheckInsStore } from '../../../lib/check-ins/check-ins-store';
import { createTestStore } from '../../helpers';

const checkIn = (id: string): CheckIn => ({
  id,
  contactId: 'sam',
  label: '',
  rhythm: 'weekly',
  weekday: 1,
  dayOfMonth: 1,
  time: '09:00',
  next: Date.UTC(2030, 0, 7, 14),
});

const newStore = (storage = async () => checkInsStorage) =>
  createCheckInsStore(storage, async () => crypto.randomUUID());

/** Lets storage events and pending promises run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the check-ins store', () => {
  it('follows another page’s change until stop(), then no more', async () => {
    const store = newStore();
    await store.load();
    await checkInsStorage.put(checkIn('a'));
    await settle();
    expect(store.list.value.map((c) => c.id)).toEqual(['a']);
    store.stop();
    await checkInsStorage.put(checkIn('b'));
    await settle();
    expect(store.list.value.map((c) => c.id)).toEqual(['a']);
  });

  it('a stop() while the first load is under way leaves no listener behind', async () => {
    let release!: () => void;
    const store = newStore(() => new Promise((resolve) => (release = () => resolve(checkInsStorage))));
    const loading = store.load();
    store.stop();
    release();
    await loading;
    await checkInsStorage.put(checkIn('late'));
    await settle();
    expect(store.list.value).toEqual([]);
  });

  it('a change made while the first read is under way is not lost', async () => {
    await checkInsStorage.put(checkIn('old'));
    const store = newStore();
    const realLoad = checkInsStorage.load;
    let finishRead!: () => void;
    const slowRead = new Promise<void>((resolve) => (finishRead = resolve));
    const storage = {
      ...checkInsStorage,
      // The first read answers with what storage held before the change below.
      load: async () => {
        const read = await realLoad();
        await slowRead;
        return read;
      },
    };
    const s = newStore(async () => storage);
    const loading = s.load();
    await settle();
    await checkInsStorage.put(checkIn('new'));
    await settle();
    finishRead();
    await loading;
    expect(s.list.value.map((c) => c.id)).toEqual(['old', 'new']);
    store.stop();
    s.stop();
  });

  it('its list cannot be written from outside', async () => {
    const store = newStore();
    await store.load();
    expect(() => {
      (store.list as Signal<CheckIn[]>).value = [checkIn('forged')];
    }).toThrow();
    expect(store.list.value).toEqual([]);
  });

  it('the app store’s stop() stops the check-ins’ listener too', async () => {
    const { store } = createTestStore();
    await store.checkIns.load();
    store.stop();
    await fakeBrowser.storage.local.set({ checkIns: [checkIn('after-stop')] });
    await settle();
    expect(store.checkIns.list.value).toEqual([]);
  });

  it('stopCheckIn(id) ends one check-in', async () => {
    const store = newStore();
    await checkInsStorage.put(checkIn('a'));
    await checkInsStorage.put(checkIn('b'));
    await store.load();
    await store.stopCheckIn('a');
    expect(store.list.value.map((c) => c.id)).toEqual(['b']);
    expect(await checkInsStorage.load()).toEqual([checkIn('b')]);
    store.stop();
  });

  it('restore() puts back stopped check-ins, but not over one stored again meanwhile', async () => {
    const store = newStore();
    await checkInsStorage.put(checkIn('a'));
    await checkInsStorage.put(checkIn('b'));
    const stopped = await store.stopAllWith('sam');
    expect(stopped.map((c) => c.id)).toEqual(['a', 'b']);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    // Another page started "b" again, with a new time, before the restore.
    const newerB = { ...checkIn('b'), next: Date.UTC(2030, 0, 14, 14) };
    await checkInsStorage.put(newerB);
    await store.restore(stopped);
    expect(store.list.value).toEqual([newerB, checkIn('a')]);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(2);
    store.stop();
  });
});
