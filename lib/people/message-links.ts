import { dialDigits } from './contact-links';
import type { Contact } from './contacts';

/** Ready-to-send links for a short message: the user's own texting or email app opens with it filled in. */
export interface MessageLinks {
  sms?: string;
  email?: string;
}

/**
 * A text link for the contact's texting number (or phone) and an email link, each carrying the message.
 * A text link with `?body=` is the form Android and iOS both read; nothing is sent until the person sends it.
 */
export function messageLinks(contact: Contact, subject: string, body: string): MessageLinks {
  const number = contact.text ?? contact.phone;
  const links: MessageLinks = {};
  if (number) links.sms = `sms:${dialDigits(number)}?body=${encodeURIComponent(body)}`;
  if (contact.email)
    links.email = `mailto:${contact.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return links;
}
