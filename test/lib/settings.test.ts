import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, parseSettings } from '../../lib/settings';
import { settingsStorage } from '../../lib/platform/settings-storage';

describe('parseSettings', () => {
  it('keeps valid settings', () => {
    expect(parseSettings({ version: 1, region: 'CA-QC' })).toEqual({ version: 1, region: 'CA-QC' });
  });

  it('gives defaults for missing or corrupt data, without throwing', () => {
    for (const raw of [undefined, null, 'junk', 42, [], { region: 7 }, { region: 'Mars' }]) {
      expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('drops unknown fields', () => {
    expect(parseSettings({ version: 1, region: 'US', extra: '<script>' })).toEqual({
      version: 1,
      region: 'US',
    });
  });
});

describe('settingsStorage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips through storage.local and never touches storage.sync', async () => {
    await settingsStorage.save({ version: 1, region: 'CA-AB' });
    expect(await settingsStorage.load()).toEqual({ version: 1, region: 'CA-AB' });
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });

  it('tells other pages when settings change', async () => {
    const seen: unknown[] = [];
    const stop = settingsStorage.watch((s) => seen.push(s.region));
    await settingsStorage.save({ version: 1, region: 'US' });
    stop();
    await settingsStorage.save({ version: 1, region: 'CA' });
    expect(seen).toEqual(['US']);
  });
});
