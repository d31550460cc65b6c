/**
 * The journal's cryptography, WebCrypto only (research/anchors-security.md, C1-C9).
 * A random AES-GCM-256 data key encrypts every note with a fresh 96-bit IV. The data key is wrapped
 * by a key derived from the passphrase (PBKDF2-SHA256, 600,000 iterations, 128-bit salt), so a new
 * passphrase rewraps one key and no note. No hash or verifier of the passphrase is kept: a wrong
 * passphrase is known only because unwrapping fails.
 */
export const PBKDF2_ITERATIONS = 600_000;

/** Bytes backed by a plain ArrayBuffer, as WebCrypto takes them. */
export type Bytes = Uint8Array<ArrayBuffer>;
/** Same bytes, as a record's IV read back from IndexedDB is a copy, never the same object. */
export const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);
const SALT_BYTES = 16;
const IV_BYTES = 12;

export interface Sealed {
  iv: Bytes;
  ct: Bytes;
}

export interface WrappedKey {
  salt: Bytes;
  iterations: number;
  iv: Bytes;
  wrapped: Bytes;
}

const subtle = () => globalThis.crypto.subtle;
const random = (bytes: number) => globalThis.crypto.getRandomValues(new Uint8Array(bytes));

/** Passphrases are compared as Unicode NFC, so "é" typed either way unlocks the same journal. */
export function normalizePassphrase(passphrase: string): Bytes {
  return new TextEncoder().encode(passphrase.normalize('NFC'));
}

export async function deriveKeyBits(passphrase: string, salt: Bytes, iterations: number, bits = 256) {
  const base = await subtle().importKey('raw', normalizePassphrase(passphrase), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const derived = await subtle().deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    bits,
  );
  return new Uint8Array(derived);
}

async function passphraseKey(passphrase: string, salt: Bytes, iterations: number): Promise<CryptoKey> {
  if (iterations < PBKDF2_ITERATIONS) throw new Error('key derivation below 600,000 iterations');
  const bits = await deriveKeyBits(passphrase, salt, iterations);
  return subtle().importKey('raw', bits, 'AES-GCM', false, ['wrapKey', 'unwrapKey']);
}

/** A new random data key. Extractable only so that it can be wrapped and shared through storage.session. */
export function newDataKey(): Promise<CryptoKey> {
  return subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
    'decrypt',
  ]) as Promise<CryptoKey>;
}

export async function wrapDataKey(
  dataKey: CryptoKey,
  passphrase: string,
  context?: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<WrappedKey> {
  const salt = random(SALT_BYTES);
  const iv = random(IV_BYTES);
  const kek = await passphraseKey(passphrase, salt, iterations);
  const wrapped = new Uint8Array(await subtle().wrapKey('raw', dataKey, kek, gcm(iv, context)));
  return { salt, iterations, iv, wrapped };
}

/** Unwraps the data key; rejects for a wrong passphrase, a wrong context or any tampering. */
export async function unwrapDataKey(
  wrappedKey: WrappedKey,
  passphrase: string,
  context?: string,
): Promise<CryptoKey> {
  const kek = await passphraseKey(passphrase, wrappedKey.salt, wrappedKey.iterations);
  return subtle().unwrapKey(
    'raw',
    wrappedKey.wrapped,
    kek,
    gcm(wrappedKey.iv, context),
    { name: 'AES-GCM', length: 256 },
    true,
    ['encrypt', 'decrypt'],
  );
}

export async function exportDataKey(dataKey: CryptoKey): Promise<Bytes> {
  return new Uint8Array(await subtle().exportKey('raw', dataKey));
}

export function importDataKey(raw: Bytes): Promise<CryptoKey> {
  return subtle().importKey('raw', raw, { name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
}

/**
 * The data key for sealing only: it cannot decrypt, and cannot be exported. What a page may keep
 * between uses (journal.ts) so that a draft typed just before the page closes is still sealed.
 */
export function importSealingKey(raw: Bytes): Promise<CryptoKey> {
  return subtle().importKey('raw', raw, { name: 'AES-GCM', length: 256 }, false, ['encrypt']);
}

/**
 * Encrypts `value`. `context` is AES-GCM additional data: authenticated but not stored in the
 * ciphertext, so the same context must be given to open it (see records.ts for what it binds).
 */
export async function seal(dataKey: CryptoKey, value: unknown, context?: string): Promise<Sealed> {
  const iv = random(IV_BYTES);
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const ct = new Uint8Array(await subtle().encrypt(gcm(iv, context), dataKey, plain));
  return { iv, ct };
}

/** Decrypts and parses; rejects if a single byte of the IV, ciphertext or context differs. */
export async function open<T>(dataKey: CryptoKey, sealed: Sealed, context?: string): Promise<T> {
  const plain = await subtle().decrypt(gcm(sealed.iv, context), dataKey, sealed.ct);
  return JSON.parse(new TextDecoder().decode(plain)) as unknown as T;
}

function gcm(iv: Bytes, context: string | undefined): AesGcmParams {
  return context === undefined
    ? { name: 'AES-GCM', iv }
    : { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(context) };
}

/**
 * Base64 in slices: spreading a whole note into one String.fromCharCode call overflows the stack
 * past about 125 KB. 32 KB per call stays far below every engine's argument limit.
 */
const SLICE = 0x8000;
export function toBase64(bytes: Bytes): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += SLICE)
    binary += String.fromCharCode(...bytes.subarray(start, start + SLICE));
  return btoa(binary);
}
export function fromBase64(text: string): Bytes {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A short hash of the data key, kept in the vault to tell which key a record must be sealed with. */
export async function keyIdOf(raw: Bytes): Promise<string> {
  const hash = new Uint8Array(await subtle().digest('SHA-256', raw));
  return [...hash.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
