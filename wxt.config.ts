import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Extension pages may load only their own files and may not connect anywhere: the product
// promises that nothing leaves the device, so the browser enforces it, not just our code.
const NO_NETWORK_CSP =
  "script-src 'self'; object-src 'self'; default-src 'self'; connect-src 'none'; " +
  "form-action 'none'; frame-src 'none'; base-uri 'none'";

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/i18n/module', '@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  // The benchmark's empty baseline page exists only in benchmark builds.
  filterEntrypoints: process.env.BENCH ? undefined : ['popup', 'sidepanel', 'options', 'background'],
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions:
      browser === 'firefox' ? ['storage', 'contextMenus'] : ['storage', 'sidePanel', 'contextMenus'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_commandOpenPopup__',
      },
      ...(browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+Y' },
              description: '__MSG_commandOpenSidePanel__',
            },
          }
        : {
            'open-side-panel': {
              suggested_key: { default: 'Alt+Shift+Y' },
              description: '__MSG_commandOpenSidePanel__',
            },
          }),
    },
    ...(mode === 'production' ? { content_security_policy: { extension_pages: NO_NETWORK_CSP } } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'been-there@peer-support.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: '116' }),
  }),
});
