import { expect, it } from 'vitest';
import { exportDataKey, newDataKey, seal, type Bytes } from '../../../../lib/journal/crypto';
import { createPageSession } from '../../../../lib/journal/session/session';

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
