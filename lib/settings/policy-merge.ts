import type { Contact } from '../people/contacts';
import { definedOnly } from '../text/defined-only';
import type { Policy, PolicyState } from './policy';
import type { RegionCode } from '../region/region';

// How institution policy combines with the user's own settings. Types only from policy.ts, so the
// first screen does not load the validation code.

export function policyOf(state: PolicyState): Policy | undefined {
  if (state.status === 'valid') return state.policy;
  return state.status === 'invalid' ? state.restrictions : undefined;
}

/** The region in force: a locked policy region wins, then the user's choice, then the policy default. */
export function effectiveRegion(
  policy: Policy | undefined,
  chosen: RegionCode | null,
  guessed: RegionCode,
): RegionCode {
  if (policy?.regionLocked && policy.defaultRegion) return policy.defaultRegion;
  return chosen ?? policy?.defaultRegion ?? guessed;
}

/** The institution's contacts, marked as provided by it so the UI never offers to delete them. */
export function policyContacts(policy: Policy | undefined, fallbackName: string): Contact[] {
  const by = policy?.institutionName ?? fallbackName;
  return (policy?.contacts ?? []).map((contact, i) => ({
    ...definedOnly(contact),
    id: `policy-${i}`,
    providedBy: by,
  }));
}
