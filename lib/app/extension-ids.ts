/**
 * The extension's identity in Firefox, on AMO and in every policy that names it (docs/deploy.md). It
 * is permanent once the add-on is published on addons.mozilla.org, so it never changes. A GUID, not an
 * email-style id: the project owns no domain, and an id like name@some-domain would look like a claim
 * on a domain someone else may own.
 */
export const GECKO_ID = '{467e66b0-5064-4712-b7af-05bb3b504ea1}';

/** The Chrome id of builds that carry the manifest `key` (unpacked and self-hosted; not store builds). */
export const PINNED_CHROME_ID = 'omnjmdaipihpdbmekgaplhfloalfceln';
