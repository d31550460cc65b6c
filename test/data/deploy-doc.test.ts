import { readFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { GECKO_ID, PINNED_CHROME_ID } from '../../lib/app/extension-ids';

// docs/deploy.md is what hospital IT copies from: its JSON must parse, its ids must be the extension's.
const doc = readFileSync('docs/deploy.md', 'utf8');
const schemaKeys = Object.keys(
  (JSON.parse(readFileSync('public/managed_schema.json', 'utf8')) as { properties: object }).properties,
);

describe('docs/deploy.md', () => {
  it('has only JSON examples that parse', () => {
    const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const block of blocks) expect(() => JSON.parse(block), block).not.toThrow();
  });

  it("names the extension's ids, and no placeholder id", () => {
    expect(doc).toContain(GECKO_ID);
    expect(doc).toContain(PINNED_CHROME_ID);
    expect(doc).not.toMatch(/@[\w.-]+\.example"/);
    expect(doc).toContain(`https://addons.mozilla.org/firefox/downloads/latest/${GECKO_ID}/latest.xpi`);
  });

  it('installs and pins in every browser, with each store’s update URL', () => {
    for (const text of [
      '"installation_mode": "force_installed"',
      '"toolbar_pin": "force_pinned"',
      '"toolbar_state": "force_shown"',
      '"default_area": "navbar"',
      'https://clients2.google.com/service/update2/crx',
      'https://edge.microsoft.com/extensionwebstorebase/v1/crx',
      'ExtensionInstallForcelist',
      'ForceEphemeralProfiles',
      'Never remember history',
    ]) {
      expect(doc, text).toContain(text);
    }
  });
});

describe('deploy/macos/been-there-chrome.mobileconfig', () => {
  const profile = readFileSync('deploy/macos/been-there-chrome.mobileconfig', 'utf8');

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(profile)).toBe(true);
  });

  it('installs and pins the extension and sets every policy key', () => {
    expect(profile).toContain('<string>com.google.Chrome</string>');
    expect(profile).toContain('<string>com.google.Chrome.extensions.EXTENSION_ID</string>');
    expect(profile).toContain('<string>force_pinned</string>');
    for (const key of schemaKeys) expect(profile, key).toContain(`<key>${key}</key>`);
  });
});
