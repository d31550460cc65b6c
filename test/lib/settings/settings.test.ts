import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, parseSettings } from '../../../lib/settings/settings';
import { settingsStorage } from '../../../lib/settings/settings.browser';

describe('parseSettings', () => {
  it('keeps valid settings', () => {
    expect(
      parseSettings({ version: 3, region: 'CA-QC', journalAutoLockMinutes: 15, role: 'resident' }),
    ).toEqual({
      version: 4,
      region: 'CA-QC',
      journalAutoLockMinutes: 15,
      role: 'resident',
      language: 'auto',
    });
  });

  it('migrates version 1 settings, keeping the region and adding the default auto-lock and no role', () => {
    expect(parseSettings({ version: 1, region: 'CA-QC' })).toEqual({
      version: 4,
      region: 'CA-QC',
      journalAutoLockMinutes: 5,
      role: null,
      language: 'auto',
    });
  });

  it('migrates version 2 settings, keeping everything and adding no role', () => {
    expect(parseSettings({ version: 2, region: 'CA-ON', journalAutoLockMinutes: 15 })).toEqual({
      version: 4,
      region: 'CA-ON',
      journalAutoLockMinutes: 15,
      role: null,
      language: 'auto',
    });
  });

  it("migrates version 3 settings, keeping everything and following the browser's language", () => {
    expect(parseSettings({ version: 3, region: 'CA-QC', journalAutoLockMinutes: 5, role: null })).toEqual({
      version: 4,
      region: 'CA-QC',
      journalAutoLockMinutes: 5,
      role: null,
      language: 'auto',
    });
  });

  it('keeps a chosen language and drops an unknown one alone', () => {
    expect(
      parseSettings({ version: 4, region: 'US', journalAutoLockMinutes: 5, role: null, language: 'fr' })
        .language,
    ).toBe('fr');
    expect(
      parseSettings({ version: 4, region: 'US', journalAutoLockMinutes: 5, role: null, language: 'de' }),
    ).toEqual({
      version: 4,
      region: 'US',
      journalAutoLockMinutes: 5,
      role: null,
      language: 'auto',
    });
  });

  it('drops an unknown role alone, keeping the other fields', () => {
    expect(
      parseSettings({ version: 3, region: 'CA-ON', journalAutoLockMinutes: 15, role: 'surgeon' }),
    ).toEqual({ version: 4, region: 'CA-ON', journalAutoLockMinutes: 15, role: null, language: 'auto' });
  });

  it('gives defaults for missing or corrupt data, without throwing', () => {
    for (const raw of [undefined, null, 'junk', 42, [], { region: 7 }, { region: 'Mars' }]) {
      expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('drops unknown fields', () => {
    expect(
      parseSettings({ version: 3, region: 'US', journalAutoLockMinutes: 60, extra: '<script>' }),
    ).toEqual({
      version: 4,
      region: 'US',
      journalAutoLockMinutes: 60,
      role: null,
      language: 'auto',
    });
  });
});

describe('settingsStorage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips through storage.local and never touches storage.sync', async () => {
    await settingsStorage.save({
      version: 4,
      region: 'CA-AB',
      journalAutoLockMinutes: 5,
      role: null,
      language: 'auto',
    });
    expect(await settingsStorage.load()).toEqual({
      version: 4,
      region: 'CA-AB',
      journalAutoLockMinutes: 5,
      role: null,
      language: 'auto',
    });
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });

  it('tells other pages when settings change', async () => {
    const seen: unknown[] = [];
    const stop = settingsStorage.watch((s) => seen.push(s.region));
    await settingsStorage.save({
      version: 4,
      region: 'US',
      journalAutoLockMinutes: 5,
      role: null,
      language: 'auto',
    });
    stop();
    await settingsStorage.save({
      version: 4,
      region: 'CA',
      journalAutoLockMinutes: 5,
      role: null,
      language: 'auto',
    });
    expect(seen).toEqual(['US']);
  });
});
