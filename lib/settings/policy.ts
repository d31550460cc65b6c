import * as v from 'valibot';
import { ContactInputSchema } from '../people/contacts';
import { AUTO_LOCK_CHOICES } from '../journal/session/auto-lock';
import { REGION_CODES } from '../region/region';
import { RESOURCE_KINDS } from '../content/resource-kinds';

/**
 * Institution settings from enterprise policy (storage.managed). Read-only for the user. A policy
 * that fails validation is ignored as a whole, and the options page says why: a half-applied policy
 * would be worse than none. public/managed_schema.json describes the same shape for Chrome.
 */

const ExtraResourceSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(120)),
  about: v.optional(v.pipe(v.string(), v.maxLength(400))),
  phone: v.optional(v.pipe(v.string(), v.regex(/^\+?[\d\s().-]{3,25}$/))),
  url: v.optional(v.pipe(v.string(), v.url(), v.startsWith('https://'))),
  kind: v.optional(v.picklist(RESOURCE_KINDS)),
});

export const PolicySchema = v.strictObject({
  institutionName: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(120))),
  contacts: v.optional(v.pipe(v.array(ContactInputSchema), v.maxLength(50))),
  defaultRegion: v.optional(v.picklist(REGION_CODES)),
  regionLocked: v.optional(v.boolean()),
  journalAllowed: v.optional(v.boolean()),
  maxAutoLockMinutes: v.optional(v.picklist(AUTO_LOCK_CHOICES)),
  extraResources: v.optional(v.pipe(v.array(ExtraResourceSchema), v.maxLength(50))),
  /** The language for users who have not chosen one, whatever the browser speaks. */
  language: v.optional(v.picklist(['en', 'fr'])),
});

export type Policy = v.InferOutput<typeof PolicySchema>;
export type ExtraResource = v.InferOutput<typeof ExtraResourceSchema>;

export type PolicyState =
  { status: 'none' } | { status: 'valid'; policy: Policy } | { status: 'invalid'; problems: string[] };

/** Reads what storage.managed holds. Never throws; an empty policy is no policy. */
export function parsePolicy(raw: unknown): PolicyState {
  if (raw === undefined || raw === null) return { status: 'none' };
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { status: 'invalid', problems: ['not an object'] };
  if (Object.keys(raw).length === 0) return { status: 'none' };
  const result = v.safeParse(PolicySchema, raw);
  if (result.success) return { status: 'valid', policy: result.output };
  return {
    status: 'invalid',
    problems: result.issues.slice(0, 5).map((issue) => {
      const path = issue.path?.map((step) => String(step.key)).join('.') ?? '';
      return path ? `${path}: ${issue.message}` : issue.message;
    }),
  };
}
