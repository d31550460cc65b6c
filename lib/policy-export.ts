import type { Contact } from './contacts';
import type { Policy } from './policy';
import type { RegionCode } from './region';

/** What options' "Export for IT" writes: the user's contacts and region as a policy file. */
export function policyFromUser(contacts: readonly Contact[], region: RegionCode): Policy {
  return {
    defaultRegion: region,
    contacts: contacts
      .filter((c) => !c.providedBy)
      .map(({ name, isBuddy, phone, text, email, note }) => ({ name, isBuddy, phone, text, email, note })),
  };
}
