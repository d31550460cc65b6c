import * as v from 'valibot';
import { ContactInputSchema } from '../people/contacts';
import { AUTO_LOCK_CHOICES } from '../journal/session/auto-lock';
import { REGION_CODES } from '../region/region';
import { RESOURCE_KINDS } from '../content/resource-kinds';
import { RUN_BY } from '../content/run-by';

/**
 * Institution settings from enterprise policy (storage.managed). Read-only for the user. A policy
 * that fails validation is ignored as a whole, and the options page says why: a half-applied policy
 * would be worse than none. Its restrictions still hold (restrictionsOf).
 * public/managed_schema.json describes the same shape for Chrome.
 */

const TermText = v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(300)));

/**
 * An institution's own program terms for "Before you call" (its EAP, say), in its own words: who runs
 * it, confidentiality, stated limits, records, reporting to the regulator, with its page and date.
 */
export const InstitutionTermsSchema = v.strictObject({
  runBy: v.optional(v.picklist(RUN_BY)),
  confidentiality: TermText,
  limits: TermText,
  records: TermText,
  tellsRegulator: TermText,
  sourceUrl: v.optional(v.pipe(v.string(), v.url(), v.startsWith('https://'))),
  reviewed: v.optional(v.pipe(v.string(), v.isoDate())),
});

const ExtraResourceSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(120)),
  about: v.optional(v.pipe(v.string(), v.maxLength(400))),
  phone: v.optional(v.pipe(v.string(), v.regex(/^\+?[\d\s().-]{3,25}$/))),
  url: v.optional(v.pipe(v.string(), v.url(), v.startsWith('https://'))),
  kind: v.optional(v.picklist(RESOURCE_KINDS)),
  beforeYouCall: v.optional(InstitutionTermsSchema),
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
  | { status: 'none' }
  /** warnings: optional parts that were wrong and left out, the rest in force (see parsePolicy). */
  | { status: 'valid'; policy: Policy; warnings?: string[] }
  /**
   * restrictions: the policy's limits that hold even so (see restrictionsOf). Ignoring a broken
   * policy must not lift a limit IT set: the journal turned off, the auto-lock cap.
   */
  | { status: 'invalid'; problems: string[]; restrictions?: Restrictions };

/** The limits a policy can set on this device's private data: they fail closed. */
export type Restrictions = Pick<Policy, 'journalAllowed' | 'maxAutoLockMinutes'>;

/**
 * The restrictions of a policy that fails validation, read as strictly as they can be: a
 * `journalAllowed` set to anything but `true` keeps the journal off (left out, it sets no limit); a
 * cap that is a number (or a number written as text) but not a choice is rounded down to one (10
 * gives 5; below 1, 1). A cap set to anything else ("soon", "-Infinity", null) is read as the
 * shortest: IT set a cap, and which one cannot be known.
 */
function restrictionsOf(raw: Record<string, unknown>): Restrictions | undefined {
  const restrictions: Restrictions = {};
  if (raw.journalAllowed !== undefined && raw.journalAllowed !== true) restrictions.journalAllowed = false;
  const asked = raw.maxAutoLockMinutes;
  const minutes = typeof asked === 'number' ? asked : typeof asked === 'string' ? Number(asked) : NaN;
  if (asked !== undefined) {
    const within = AUTO_LOCK_CHOICES.filter((choice) => choice <= minutes);
    restrictions.maxAutoLockMinutes = within.at(-1) ?? AUTO_LOCK_CHOICES[0];
  }
  return Object.keys(restrictions).length > 0 ? restrictions : undefined;
}

const issuePath = (issue: v.BaseIssue<unknown>, prefix: string) => {
  const path = issue.path?.map((step) => String(step.key)).join('.') ?? '';
  return [prefix, path].filter(Boolean).join('.');
};

/**
 * Optional extras that must not cost the rest: a resource's "Before you call" terms that do not
 * validate are dropped (the resource stays, with its name, phone and page) and named in a warning.
 * Returns the policy to validate, unchanged when nothing was dropped.
 */
function withoutBadTerms(raw: Record<string, unknown>, warnings: string[]): Record<string, unknown> {
  const resources = raw.extraResources;
  if (!Array.isArray(resources)) return raw;
  const kept = resources.map((resource: unknown, i) => {
    if (typeof resource !== 'object' || resource === null || !('beforeYouCall' in resource)) return resource;
    const result = v.safeParse(InstitutionTermsSchema, resource.beforeYouCall);
    if (result.success) return resource;
    const where = `extraResources.${i}.beforeYouCall`;
    warnings.push(
      ...result.issues.slice(0, 3).map((issue) => `${issuePath(issue, where)}: ${issue.message}`),
    );
    const rest: Record<string, unknown> = { ...resource };
    delete rest.beforeYouCall;
    return rest;
  });
  return { ...raw, extraResources: kept };
}

/** Reads what storage.managed holds. Never throws; an empty policy is no policy. */
export function parsePolicy(raw: unknown): PolicyState {
  if (raw === undefined || raw === null) return { status: 'none' };
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { status: 'invalid', problems: ['not an object'] };
  if (Object.keys(raw).length === 0) return { status: 'none' };
  const warnings: string[] = [];
  const result = v.safeParse(PolicySchema, withoutBadTerms(raw as Record<string, unknown>, warnings));
  if (result.success)
    return warnings.length > 0
      ? { status: 'valid', policy: result.output, warnings }
      : { status: 'valid', policy: result.output };
  const restrictions = restrictionsOf(raw as Record<string, unknown>);
  return {
    status: 'invalid',
    problems: result.issues.slice(0, 5).map((issue) => {
      const path = issue.path?.map((step) => String(step.key)).join('.') ?? '';
      return path ? `${path}: ${issue.message}` : issue.message;
    }),
    ...(restrictions && { restrictions }),
  };
}
