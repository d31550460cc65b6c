import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings';
import { settingsStorage } from '../../../lib/settings/settings.browser';
import { createTestStore, slowSettingsReads } from '../../helpers';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const saved = (region: Settings['region']): Settings => ({ ...DEFAULT_SETTINGS, region });

describe('the settings slice', () => {
  it('keeps a change another page made while its first read was under way', async () => {
    await settingsStorage.save(saved('CA-ON'));
    const { storage, answer } = slowSettingsReads();
    const { store } = createTestStore({ platform: { settings: storage } });
    const starting = store.settings.start();
    await settle();
    // Another page (the options page) changes the region now, between the read and its answer.
    await settingsStorage.save(saved('CA-QC'));
    await settle();
    answer();
    await starting;
    expect(store.settings.settings.value?.region).toBe('CA-QC');
    store.stop();
  });

  it('follows later changes once started, and none after stop()', async () => {
    const { store } = createTestStore();
    await store.settings.start();
    await settingsStorage.save(saved('CA-BC'));
    await settle();
    expect(store.settings.settings.value?.region).toBe('CA-BC');
    store.stop();
    await settingsStorage.save(saved('US'));
    await settle();
    expect(store.settings.settings.value?.region).toBe('CA-BC');
  });

  it('stop() before start() has finished leaves no watcher behind', async () => {
    const { storage, answer } = slowSettingsReads();
    const { store } = createTestStore({ platform: { settings: storage } });
    const starting = store.settings.start();
    store.settings.stop();
    await settle();
    answer();
    await starting;
    await settingsStorage.save(saved('CA-QC'));
    await settle();
    expect(store.settings.settings.value?.region ?? null).toBeNull();
  });

  it('stop() before start() is called at all: start() then watches nothing', async () => {
    const { store } = createTestStore();
    store.settings.stop();
    await store.settings.start();
    await settingsStorage.save(saved('CA-QC'));
    await settle();
    expect(store.settings.settings.value?.region ?? null).toBeNull();
  });
});
