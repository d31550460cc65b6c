import type { VaultRecord } from '../../../lib/journal/repository';

/** Bytes standing in for an IV or a ciphertext: the repository stores them, it never opens them. */
export const bytes = (...values: number[]) => new Uint8Array(values);

/** A vault record whose data key has the id `keyId`: the write ticket that records are checked against. */
export const vaultHolding = (keyId: string): VaultRecord => ({
  salt: bytes(1),
  iterations: 1,
  iv: bytes(1),
  wrapped: bytes(1),
  createdAt: 1,
  keyId,
});
