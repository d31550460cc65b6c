import { render } from '@testing-library/preact';
import { vi } from 'vitest';
import type { ComponentChildren } from 'preact';
import { StoreProvider } from '../components/app/StoreContext';
import { policyStorage } from '../lib/settings/policy.browser';
import { settingsStorage } from '../lib/settings/settings.browser';
import type { Platform } from '../lib/app/platform';
import { createAppStore } from '../lib/app/app-store';
import { useLocale, type TestLocale } from './setup';

export interface TestAppOptions {
  locale?: TestLocale;
  timeZone?: string;
  platform?: Partial<Platform>;
}

/** A real store on the fake browser's real (in-memory) storage; only navigation is recorded. */
export function createTestStore({
  locale = 'en',
  timeZone = 'America/Toronto',
  platform = {},
}: TestAppOptions = {}) {
  useLocale(locale);
  const opened: string[] = [];
  const store = createAppStore(
    {
      uiLanguage: locale === 'fr' ? 'fr-CA' : 'en-CA',
      browserLanguage: locale === 'fr' ? 'fr-CA' : 'en-CA',
      timeZone: () => timeZone,
    },
    Promise.resolve({
      settings: settingsStorage,
      people: async () => (await import('../lib/people/people.browser')).people,
      policy: policyStorage,
      journal: async () => (await import('../lib/journal/journal.browser')).createJournalPlatform(),
      requestNotifications: async () => true,
      newId: () => crypto.randomUUID(),
      storageProtection: { status: async () => 'unknown', request: async () => 'unknown' },
      navigation: {
        canOpenSidePanel: true,
        filePickerClosesPopup: false,
        openOptions: async () => void opened.push('options'),
        openSidePanel: async () => void opened.push('sidepanel'),
      },
      ...platform,
    }),
  );
  return { store, opened };
}

export function renderWithStore(view: ComponentChildren, options: TestAppOptions = {}) {
  const { store, opened } = createTestStore(options);
  const result = render(<StoreProvider store={store}>{view}</StoreProvider>);
  return { ...result, store, opened };
}

/**
 * Holds the next policy read until `answer()`: a busy service worker whose first read of the
 * language answers after a later one (the background's latest-read guards).
 */
export function holdNextPolicyRead() {
  const load = policyStorage.load.bind(policyStorage);
  let answer = () => {};
  const held = new Promise<void>((resolve) => (answer = resolve));
  const spy = vi.spyOn(policyStorage, 'load').mockImplementationOnce(async () => {
    const policy = await load();
    await held;
    return policy;
  });
  return { spy, answer: () => answer() };
}

/** Settings storage whose reads answer only when told to, with what storage held when they began. */
export function slowSettingsReads() {
  const pending: (() => void)[] = [];
  const storage = {
    ...settingsStorage,
    async load() {
      const read = await settingsStorage.load();
      await new Promise<void>((resolve) => pending.push(resolve));
      return read;
    },
  };
  return { storage, answer: () => pending.splice(0).forEach((resolve) => resolve()) };
}
