import { pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  deriveKeyBits,
  newDataKey,
  open,
  PBKDF2_ITERATIONS,
  seal,
  unwrapDataKey,
  wrapDataKey,
} from '../../../lib/journal/crypto';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const salt = new TextEncoder().encode('salt');

describe('key derivation (PBKDF2-HMAC-SHA256)', () => {
  it('matches the published test vectors', async () => {
    expect(hex(await deriveKeyBits('password', salt, 1))).toBe(
      '120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b',
    );
    expect(hex(await deriveKeyBits('password', salt, 4096))).toBe(
      'c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a',
    );
  });

  it('agrees with OpenSSL for accented and emoji passphrases, read as NFC', async () => {
    for (const passphrase of ['pǻssword', 'Élodie garde à nuit', '😀password🙏', 'cafe\u0301']) {
      const expected = pbkdf2Sync(Buffer.from(passphrase.normalize('NFC')), salt, 5000, 32, 'sha256');
      expect(hex(await deriveKeyBits(passphrase, salt, 5000)), passphrase).toBe(expected.toString('hex'));
    }
    // "é" typed as one character or as e + accent is the same passphrase.
    expect(hex(await deriveKeyBits('caf\u00e9', salt, 10))).toBe(
      hex(await deriveKeyBits('cafe\u0301', salt, 10)),
    );
  });
});

describe('sealing notes', () => {
  it('round-trips, with a fresh IV every time: 10,000 encryptions, 10,000 IVs', async () => {
    const key = await newDataKey();
    const ivs = new Set<string>();
    const sealed = await Promise.all(Array.from({ length: 10_000 }, () => seal(key, { body: 'same text' })));
    for (const s of sealed) ivs.add(hex(s.iv));
    expect(ivs.size).toBe(10_000);
    expect(sealed[0]!.iv.length).toBe(12);
    await expect(open(key, sealed[9_999]!)).resolves.toEqual({ body: 'same text' });
  });

  it('refuses a note with one byte changed in the ciphertext or the IV', async () => {
    const key = await newDataKey();
    const sealed = await seal(key, { body: 'private' });
    const ct = sealed.ct.slice();
    ct[3]! ^= 1;
    await expect(open(key, { ...sealed, ct })).rejects.toThrow();
    const iv = sealed.iv.slice();
    iv[0]! ^= 1;
    await expect(open(key, { ...sealed, iv })).rejects.toThrow();
  });
});

describe('wrapping the data key', () => {
  it('unwraps with the passphrase, refuses a wrong one or a tampered wrapped key', async () => {
    const key = await newDataKey();
    const wrapped = await wrapDataKey(key, 'correct horse');
    expect(wrapped.iterations).toBe(PBKDF2_ITERATIONS);
    expect(wrapped.salt.length).toBe(16);
    const sealed = await seal(key, 'note');
    await expect(open(await unwrapDataKey(wrapped, 'correct horse'), sealed)).resolves.toBe('note');
    await expect(unwrapDataKey(wrapped, 'wrong horse')).rejects.toThrow();
    const tampered = wrapped.wrapped.slice();
    tampered[5]! ^= 1;
    await expect(unwrapDataKey({ ...wrapped, wrapped: tampered }, 'correct horse')).rejects.toThrow();
  });

  it('refuses key derivation below 600,000 iterations', async () => {
    const key = await newDataKey();
    await expect(wrapDataKey(key, 'x', undefined, 1000)).rejects.toThrow(/600,000/);
  });
});
