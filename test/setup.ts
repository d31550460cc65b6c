import 'fake-indexeddb/auto';
import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, beforeEach } from 'vitest';
import { cleanup, configure } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';

// Key derivation (600,000 PBKDF2 rounds) can take seconds on a busy 2-core machine: findBy* and
// waitFor wait for it instead of giving up after testing-library's default second.
configure({ asyncUtilTimeout: 15_000 });

// fake-indexeddb copies values with Node's structuredClone, which keeps Node's Blob and turns
// happy-dom's into an empty object. The journal stores its search index's shards as Blobs, as the
// browsers do (repository.ts), so tests use the Blob the stored copy can be read back from.
globalThis.Blob = NodeBlob as unknown as typeof Blob;

/** The real locale files, served through the fake browser's i18n API the way Chrome serves them. */
const catalogs = {
  en: generateChromeMessages(await parseMessagesFile('locales/en.yml')),
  fr: generateChromeMessages(await parseMessagesFile('locales/fr.yml')),
};

export type TestLocale = keyof typeof catalogs;
let locale: TestLocale = 'en';

export function useLocale(next: TestLocale) {
  locale = next;
}

function getMessage(name: string, substitutions?: string | string[]): string {
  const entry = catalogs[locale][name];
  if (!entry) return '';
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/** Tests replace the managed storage's get() to serve a policy; the fake browser's reset keeps it. */
const managedGet = fakeBrowser.storage.managed.get;

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.storage.managed.get = managedGet;
  locale = 'en';
  Object.assign(fakeBrowser.i18n, {
    getMessage,
    getUILanguage: () => (locale === 'fr' ? 'fr-CA' : 'en-CA'),
  });
});

afterEach(() => cleanup());
