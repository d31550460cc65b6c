import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import config from '../../wxt.config';

// The store listing lives in store/<lang>.md, one "## field" section per store field (store/README.md).
const LANGS = ['en', 'fr'] as const;

interface Limit {
  min?: number;
  max?: number;
}
const limits = (JSON.parse(readFileSync('store/limits.json', 'utf8')) as { fields: Record<string, Limit> })
  .fields;

/** The sections of a listing file: heading -> text, trimmed. */
function listing(lang: string): Map<string, string> {
  const sections = new Map<string, string>();
  const parts = readFileSync(`store/${lang}.md`, 'utf8').split(/^## /m).slice(1);
  for (const part of parts) {
    const newline = part.indexOf('\n');
    sections.set(part.slice(0, newline).trim(), part.slice(newline + 1).trim());
  }
  return sections;
}

type ManifestFn = (env: Record<string, unknown>) => {
  permissions?: string[];
  optional_permissions?: string[];
};
const manifest = (browser: string) =>
  (config.manifest as unknown as ManifestFn)({
    browser,
    manifestVersion: 3,
    mode: 'production',
    command: 'build',
  });
/** Every permission either build asks for, required or optional. */
const permissions = [
  ...new Set(
    ['chrome', 'firefox'].flatMap((browser) => [
      ...(manifest(browser).permissions ?? []),
      ...(manifest(browser).optional_permissions ?? []),
    ]),
  ),
].sort();

describe.each(LANGS)('store listing (%s)', (lang) => {
  const sections = listing(lang);

  it('has every field the stores ask for, none empty', () => {
    for (const field of [
      'name',
      'summary',
      'description',
      'single purpose',
      'remote code',
      'data use',
      'notes for reviewers',
    ]) {
      expect(sections.get(field), field).toBeTruthy();
    }
  });

  it("fits each store's limits", () => {
    for (const [field, limit] of Object.entries(limits)) {
      const length = [...(sections.get(field) ?? '')].length;
      if (limit.max !== undefined) expect(length, `${lang} ${field}`).toBeLessThanOrEqual(limit.max);
      if (limit.min !== undefined) expect(length, `${lang} ${field}`).toBeGreaterThanOrEqual(limit.min);
    }
  });

  it('justifies each permission the manifest asks for, and no other', () => {
    expect(permissions.length).toBeGreaterThan(0);
    const justified = [...sections.keys()]
      .filter((key) => key.startsWith('permission: '))
      .map((key) => key.slice('permission: '.length))
      .sort();
    expect(justified).toEqual(permissions);
    for (const permission of permissions) expect(sections.get(`permission: ${permission}`)).toBeTruthy();
  });

  it("uses the manifest's own name and description as name and summary", async () => {
    const messages = new Map(
      (await parseMessagesFile(`locales/${lang}.yml`)).map((m) => [
        m.key.join('.'),
        m.type === 'plural' ? '' : m.message,
      ]),
    );
    expect(sections.get('summary')).toBe(messages.get('extDescription'));
    expect(sections.get('name')).toBe(messages.get('extName'));
  });

  it('says nothing is collected and no code is remote', () => {
    expect(sections.get('remote code')).toMatch(lang === 'en' ? /^No\./ : /^Non\./);
    expect(sections.get('data use')).toMatch(
      lang === 'en' ? /^Collected: nothing\./ : /^Données recueillies\s:\saucune\./,
    );
  });
});

describe('store listing', () => {
  it('has the same fields in English and French', () => {
    expect([...listing('fr').keys()]).toEqual([...listing('en').keys()]);
  });

  it('names a limit for the fields every store checks', () => {
    expect(limits.summary?.max).toBe(132);
    expect(limits.description?.min).toBe(250);
  });
});
