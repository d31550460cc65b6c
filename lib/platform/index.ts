import type { Platform } from '../store/app-store';
import { createNavigation } from './navigation';
import { settingsStorage } from './settings-storage';

/** The real browser-backed services. Loaded after the first paint, so the popup shows text sooner. */
export function createPlatform(): Platform {
  return { settings: settingsStorage, navigation: createNavigation() };
}
export { isToolbarPopup } from './environment';
