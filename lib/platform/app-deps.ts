import type { AppDeps } from '../store/app-store';
import { readEnvironment } from './environment';
import { createNavigation } from './navigation';
import { settingsStorage } from './settings-storage';

/** The real browser-backed adapters the store runs on in the extension. */
export function createAppDeps(): AppDeps {
  return { settings: settingsStorage, navigation: createNavigation(), environment: readEnvironment() };
}
