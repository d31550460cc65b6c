import { parseSettings, type Settings } from './settings';
import { localItem, type LocalItem } from '../platform/local-item';

export type SettingsStorage = LocalItem<Settings>;

export const settingsStorage: SettingsStorage = localItem('settings', parseSettings);
