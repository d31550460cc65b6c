import * as v from 'valibot';
import { definedOnly } from '../text/defined-only';

/**
 * People the user can reach: their buddy and other trusted colleagues. Not secret, kept in
 * storage.local; institution contacts come from policy and are read-only. This module owns the
 * shape and the validation; every message is an i18n key the UI translates.
 */
export type ContactErrorKey =
  | 'contacts.errors.nameRequired'
  | 'contacts.errors.nameTooLong'
  | 'contacts.errors.phoneInvalid'
  | 'contacts.errors.emailInvalid'
  | 'contacts.errors.noteTooLong'
  | 'contacts.errors.noWayToReach';

export const CONTACT_FIELDS = ['name', 'phone', 'text', 'email', 'note'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

// Blank fields mean "not given".
const optionalText = <T extends v.GenericSchema<string, string>>(schema: T) =>
  v.pipe(
    v.optional(v.string(), ''),
    v.trim(),
    v.transform((s) => (s === '' ? undefined : s)),
    v.optional(schema),
  );

const phone = v.pipe(
  v.string(),
  v.maxLength(25, 'contacts.errors.phoneInvalid'),
  v.regex(/^\+?[\d\s().-]+$/, 'contacts.errors.phoneInvalid'),
  v.check((s) => {
    const digits = s.replace(/\D/g, '').length;
    return digits >= 3 && digits <= 15;
  }, 'contacts.errors.phoneInvalid'),
);

export const ContactInputSchema = v.pipe(
  v.object({
    name: v.pipe(
      v.string('contacts.errors.nameRequired'),
      v.trim(),
      v.nonEmpty('contacts.errors.nameRequired'),
      v.maxLength(80, 'contacts.errors.nameTooLong'),
    ),
    isBuddy: v.optional(v.boolean(), false),
    phone: optionalText(phone),
    text: optionalText(phone),
    email: optionalText(
      v.pipe(
        v.string(),
        v.maxLength(254, 'contacts.errors.emailInvalid'),
        v.email('contacts.errors.emailInvalid'),
      ),
    ),
    note: optionalText(v.pipe(v.string(), v.maxLength(140, 'contacts.errors.noteTooLong'))),
  }),
  v.forward(
    v.check((c) => Boolean(c.phone || c.text || c.email), 'contacts.errors.noWayToReach'),
    ['phone'],
  ),
);

/** A contact as validated: blank fields are left out. */
export interface ContactInput {
  name: string;
  isBuddy: boolean;
  phone?: string;
  text?: string;
  email?: string;
  note?: string;
}

export interface Contact extends ContactInput {
  id: string;
  /** Set for contacts provided by an institution's policy: shown with its name, never deletable. */
  providedBy?: string;
}

export type ContactCheck =
  { ok: true; value: ContactInput } | { ok: false; errors: Partial<Record<ContactField, ContactErrorKey>> };

/** Validates what a person typed (or a policy supplied). Never throws. */
export function checkContact(raw: unknown): ContactCheck {
  const result = v.safeParse(ContactInputSchema, raw);
  if (result.success) return { ok: true, value: withoutBlanks(result.output) };
  const errors: Partial<Record<ContactField, ContactErrorKey>> = {};
  for (const issue of result.issues) {
    const key = issue.path?.[0]?.key;
    const field = (CONTACT_FIELDS as readonly unknown[]).includes(key) ? (key as ContactField) : 'name';
    errors[field] ??= issue.message as ContactErrorKey;
  }
  return { ok: false, errors };
}

/** Stored contacts, read back: anything that no longer validates is left out rather than shown broken. */
export function parseStoredContacts(raw: unknown): Contact[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item: unknown) => {
    const id = (item as { id?: unknown } | null)?.id;
    const check = checkContact(item);
    return check.ok && typeof id === 'string' ? [{ ...check.value, id }] : [];
  });
}

function withoutBlanks(contact: v.InferOutput<typeof ContactInputSchema>): ContactInput {
  return definedOnly(contact) as ContactInput;
}
