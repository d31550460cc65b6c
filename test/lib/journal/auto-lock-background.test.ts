import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerJournalAutoLock } from '../../../lib/platform/journal-auto-lock';
import { settingsStorage } from '../../../lib/platform/settings-storage';

type Listener = (state: string) => void;
const original = { idle: fakeBrowser.idle, commands: fakeBrowser.commands };
let intervals: number[];
let idleListeners: Listener[];
let commandListeners: Listener[];

// The fake browser has no idle or commands API: stand-ins record the calls at that edge.
beforeEach(() => {
  intervals = [];
  idleListeners = [];
  commandListeners = [];
  Object.assign(fakeBrowser, {
    idle: {
      setDetectionInterval: (s: number) => intervals.push(s),
      onStateChanged: { addListener: (l: Listener) => idleListeners.push(l) },
    },
    commands: { onCommand: { addListener: (l: Listener) => commandListeners.push(l) } },
  });
});
afterEach(() => void Object.assign(fakeBrowser, original));

it('locks every page when the system goes idle or the screen locks, and on the keyboard command', async () => {
  registerJournalAutoLock();
  for (const fire of [
    () => idleListeners[0]!('idle'),
    () => idleListeners[0]!('locked'),
    () => commandListeners[0]!('lock-journal'),
  ]) {
    await fakeBrowser.storage.session.set({ journalKey: 'AAAA' });
    fire();
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get()).toEqual({}));
  }
  await fakeBrowser.storage.session.set({ journalKey: 'AAAA' });
  idleListeners[0]!('active');
  expect(await fakeBrowser.storage.session.get()).toEqual({ journalKey: 'AAAA' });
});

it('uses the chosen idle time, capped by the institution', async () => {
  await settingsStorage.save({ version: 3, region: null, journalAutoLockMinutes: 60, role: null });
  Object.assign(fakeBrowser.storage.managed, { get: async () => ({ maxAutoLockMinutes: 15 }) });
  registerJournalAutoLock();
  await vi.waitFor(() => expect(intervals).toEqual([15 * 60]));
  await settingsStorage.save({ version: 3, region: null, journalAutoLockMinutes: 5, role: null });
  await vi.waitFor(() => expect(intervals.at(-1)).toBe(5 * 60));
});
