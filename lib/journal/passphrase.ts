export type Strength = 'tooShort' | 'fair' | 'strong';
export const MIN_PASSPHRASE = 8;

/** A plain-language hint: length is what matters most, and a few words beat a short password. */
export function passphraseStrength(passphrase: string): Strength {
  const length = [...passphrase.normalize('NFC')].length;
  if (length < MIN_PASSPHRASE) return 'tooShort';
  const words = passphrase.trim().split(/\s+/).length;
  return length >= 16 || (words >= 4 && length >= 12) ? 'strong' : 'fair';
}
