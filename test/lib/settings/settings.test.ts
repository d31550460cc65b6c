import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, parseSettings } from '../../../lib/settings/settings';
import { settingsStorage } from '../../../lib/settings/settings.browser';

describe('parseSettings', () => {
  it('keeps valid settings', () => {
    expect(
      parseSettings({ version: 3, region: 'CA-QC', journalAutoLockMinutes: 15, role: 'resident' }),
    ).toEqual({ version: 3, region: 'CA-QC', journalAutoLockMinutes: 15, role: 'resident' });
  });

  it('migrates version 1 settings, keeping the region and adding the default auto-lock and no role', () => {
    expect(parseSettings({ version: 1, region: 'CA-QC' })).toEqual({
      version: 3,
      region: 'CA-QC',
      journalAutoLockMinutes: 5,
      role: null,
    });
  });

  it('migrates version 2 settings, keeping everything and adding no role', () => {
    expect(parseSettings({ version: 2, region: 'CA-ON', journalAutoLockMinutes: 15 })).toEqual({
      version: 3,
      region: 'CA-ON',
      journalAutoLockMinutes: 15,
      role: null,
    });
  });

  it('drops an unknown role alone, keeping the other fields', () => {
    expect(
      parseSettings({ version: 3, region: 'CA-ON', journalAutoLockMinutes: 15, role: 'surgeon' }),
    ).toEqual({ version: 3, region: 'CA-ON', journalAutoLockMinutes: 15, role: null });
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
      version: 3,
      region: 'US',
      journalAutoLockMinutes: 60,
      role: null,
    });
  });
});

describe('settingsStorage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips through storage.local and never touches storage.sync', async () => {
    await settingsStorage.save({ version: 3, region: 'CA-AB', journalAutoLockMinutes: 5, role: null });
    expect(await settingsStorage.load()).toEqual({
      version: 3,
      region: 'CA-AB',
      journalAutoLockMinutes: 5,
      role: null,
    });
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });

  it('tells other pages when settings change', async () => {
    const seen: unknown[] = [];
    const stop = settingsStorage.watch((s) => seen.push(s.region));
    await settingsStorage.save({ version: 3, region: 'US', journalAutoLockMinutes: 5, role: null });
    stop();
    await settingsStorage.save({ version: 3, region: 'CA', journalAutoLockMinutes: 5, role: null });
    expect(seen).toEqual(['US']);
  });
});
