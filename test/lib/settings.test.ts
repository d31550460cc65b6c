import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, parseSettings } from '../../lib/settings';
import { settingsStorage } from '../../lib/platform/settings-storage';

describe('parseSettings', () => {
  it('keeps valid settings', () => {
    expect(parseSettings({ version: 2, region: 'CA-QC', journalAutoLockMinutes: 15 })).toEqual({
      version: 2,
      region: 'CA-QC',
      journalAutoLockMinutes: 15,
    });
  });

  it('migrates version 1 settings, keeping the region and adding the default auto-lock', () => {
    expect(parseSettings({ version: 1, region: 'CA-QC' })).toEqual({
      version: 2,
      region: 'CA-QC',
      journalAutoLockMinutes: 5,
    });
  });

  it('gives defaults for missing or corrupt data, without throwing', () => {
    for (const raw of [undefined, null, 'junk', 42, [], { region: 7 }, { region: 'Mars' }]) {
      expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('drops unknown fields', () => {
    expect(
      parseSettings({ version: 2, region: 'US', journalAutoLockMinutes: 60, extra: '<script>' }),
    ).toEqual({
      version: 2,
      region: 'US',
      journalAutoLockMinutes: 60,
    });
  });
});

describe('settingsStorage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips through storage.local and never touches storage.sync', async () => {
    await settingsStorage.save({ version: 2, region: 'CA-AB', journalAutoLockMinutes: 5 });
    expect(await settingsStorage.load()).toEqual({ version: 2, region: 'CA-AB', journalAutoLockMinutes: 5 });
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });

  it('tells other pages when settings change', async () => {
    const seen: unknown[] = [];
    const stop = settingsStorage.watch((s) => seen.push(s.region));
    await settingsStorage.save({ version: 2, region: 'US', journalAutoLockMinutes: 5 });
    stop();
    await settingsStorage.save({ version: 2, region: 'CA', journalAutoLockMinutes: 5 });
    expect(seen).toEqual(['US']);
  });
});
