import { expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportDataKey, newDataKey, seal, type Bytes } from '../../../../lib/journal/crypto';
import { createLockLifecycle } from '../../../../lib/journal/session/lock';
import { createPageSession, StaleError } from '../../../../lib/journal/session/session';
import { autoLockMinutes, journalSession } from '../../../../lib/journal/session/session.browser';

/** A session whose key store is a plain variable, as storage.session would hold it. */
async function sessionWithKey() {
  let raw: Bytes | null = await exportDataKey(await newDataKey());
  const session = createPageSession({
    key: async () => raw,
    epoch: async () => 'e1',
    unlocked: async (next) => void (raw = next),
    lock: async () => void (raw = null),
  });
  return session;
}

it('keeps only an encrypt-only sealer between reads of the key, and drops it at a lock', async () => {
  const session = await sessionWithKey();
  expect(session.sealerNow()).toBeUndefined();
  await session.rawKey();
  const sealer = await session.sealerNow()!;
  expect(sealer.key.usages).toEqual(['encrypt']);
  expect(sealer.key.extractable).toBe(false);
  // It seals; it cannot open anything.
  const sealed = await seal(sealer.key, { body: 'last words' }, 'draft');
  await expect(
    crypto.subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, sealer.key, new Uint8Array(32)),
  ).rejects.toThrow();
  expect(sealed).toBeTruthy();
  await session.lock();
  expect(session.sealerNow()).toBeUndefined();
});

/** The lock lifecycle over the fake browser's storage.session, which every page shares. */
const sharedLifecycle = () =>
  createLockLifecycle({
    session: journalSession,
    alarm: { at: () => undefined, cancel: () => undefined },
    minutes: async () => 5,
  });

/** A promise and the function that settles it. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

it('two unlocks straddle one lock, and the page whose key stayed closes unchecked: the other page locks', async () => {
  // The popup (a) and the side panel (b) unlock at the same moment; the background locks after
  // both checked the epoch and before either wrote its key. b writes first, then a; a's page closes
  // before it can check. b's check finds a's key, begun before the lock: it must go.
  const lifecycle = sharedLifecycle();
  const raw = await exportDataKey(await newDataKey());
  const aWrites = gate();
  const aWrote = gate();
  const bWrites = gate();
  const bChecks = gate();
  const a = createPageSession({
    ...lifecycle,
    async unlocked(key, began) {
      await aWrites.opened;
      await lifecycle.unlocked(key, began);
      aWrote.open();
      return new Promise<never>(() => undefined);
    },
  });
  const b = createPageSession({
    ...lifecycle,
    async unlocked(key, began) {
      await bWrites.opened;
      const outlived = await lifecycle.unlocked(key, began);
      await bChecks.opened;
      return outlived;
    },
  });
  void a.remember(a.ticket(), raw);
  const bRemembers = b.remember(b.ticket(), raw);
  await vi.waitFor(() => expect([a.state, b.state]).toEqual(['unlocking', 'unlocking']));
  await new Promise((resolve) => setTimeout(resolve, 10));
  await lifecycle.lock();
  bWrites.open();
  await new Promise((resolve) => setTimeout(resolve, 10));
  aWrites.open();
  await aWrote.opened;
  expect((await fakeBrowser.storage.session.get('journalKey')).journalKey).toEqual(expect.any(String));
  bChecks.open();
  await expect(bRemembers).rejects.toBeInstanceOf(StaleError);
  expect(await journalSession.key()).toBeNull();
});

it('an unlock that straddled a lock leaves alone the key of an unlock begun after that lock', async () => {
  const lifecycle = sharedLifecycle();
  const raw = await exportDataKey(await newDataKey());
  const aChecks = gate();
  const a = createPageSession({
    ...lifecycle,
    async unlocked(key, began) {
      const outlived = await lifecycle.unlocked(key, began);
      await aChecks.opened;
      return outlived;
    },
  });
  const b = createPageSession(lifecycle);
  const aRemembers = a.remember(a.ticket(), raw);
  await vi.waitFor(async () =>
    expect((await fakeBrowser.storage.session.get('journalKey')).journalKey).toEqual(expect.any(String)),
  );
  await lifecycle.lock();
  await b.remember(b.ticket(), raw);
  aChecks.open();
  await expect(aRemembers).rejects.toBeInstanceOf(StaleError);
  expect(b.state).toBe('unlocked');
  expect((await fakeBrowser.storage.session.get('journalKey')).journalKey).toEqual(expect.any(String));
});

it('locks as soon as a broken policy’s own cap says: a policy ignored for another error keeps its limits', async () => {
  await fakeBrowser.storage.local.set({ settings: { journalAutoLockMinutes: 60 } });
  Object.assign(fakeBrowser.storage.managed, {
    get: async () => ({ maxAutoLockMinutes: 5, defaultRegion: 'Atlantis' }),
  });
  expect(await autoLockMinutes()).toBe(5);
});
