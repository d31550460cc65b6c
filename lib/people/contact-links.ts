import type { Contact } from './contacts';

// Ordering and dial links for contact cards: loaded with the views that show them.

/** Buddy first, then by name in the reader's language. */
export function sortContacts(contacts: readonly Contact[], lang: string): Contact[] {
  const collator = new Intl.Collator(lang);
  return [...contacts].sort(
    (a, b) => Number(b.isBuddy) - Number(a.isBuddy) || collator.compare(a.name, b.name),
  );
}

export function dialDigits(number: string): string {
  return number.replace(/[^\d+]/g, '');
}
