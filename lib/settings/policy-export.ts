import type { Contact } from '../people/contacts';
import type { Policy } from './policy';
import type { RegionCode } from '../region/region';

/**
 * What options' "Export for IT" writes: the user's contacts and region as a policy file. A file IT
 * deploys reaches every workstation, so it carries how to reach each person and nothing personal:
 * no private note, and no one marked as the user's own buddy.
 */
export function policyFromUser(contacts: readonly Contact[], region: RegionCode): Policy {
  return {
    defaultRegion: region,
    contacts: contacts
      .filter((c) => !c.providedBy)
      .map(({ name, phone, text, email }) => ({ name, isBuddy: false, phone, text, email, note: undefined })),
  };
}
