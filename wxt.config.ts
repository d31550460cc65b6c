import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import type { PluginOption } from 'vite';
import { localeMessages } from './scripts/locale-messages-plugin.ts';
import { inlineStyleHashes, prerenderFirstScreens } from './scripts/prerender/plugin.ts';
import { GECKO_ID } from './lib/app/extension-ids';
import { makeZipReproducible } from './scripts/reproducible-zip.mjs';

// Extension pages may load only their own files and may not connect anywhere: the product
// promises that nothing leaves the device, so the browser enforces it, not just our code.
const NO_NETWORK_CSP =
  "script-src 'self'; object-src 'self'; default-src 'self'; connect-src 'none'; " +
  "form-action 'none'; frame-src 'none'; base-uri 'none'";

type ModuleInfoLookup = (id: string) => { isEntry: boolean; importers: readonly string[] } | null;
type ChunkingContext = { getModuleInfo: ModuleInfoLookup };
type ModuleTest = (id: string, isEntry: boolean) => boolean;

/**
 * Whether a chain of static imports leads to this module from `root` (a test on the module id).
 * Modules reached only through import() are not: they load later, with whatever imported them.
 */
function loadedWith(
  id: string,
  root: ModuleTest,
  getModuleInfo: ModuleInfoLookup,
  seen = new Set<string>(),
): boolean {
  if (seen.has(id)) return false;
  seen.add(id);
  const info = getModuleInfo(id);
  if (!info) return false;
  if (root(id, info.isEntry)) return true;
  return info.importers.some((importer) => loadedWith(importer, root, getModuleInfo, seen));
}

/**
 * The app behind the popup and the side panel: everything components/app/start.tsx imports
 * statically. Their entries load it right after the first paint, which their HTML already shows.
 */
const appStart = (id: string) => id.endsWith('/components/app/start.tsx');
/** The browser-backed platform every page loads right after its first paint (components/app/mount.tsx). */
const platformEntry = (id: string) => id.endsWith('/lib/app/platform.browser.ts');

/**
 * WXT adds its auto-import plugin even with `imports: false` (unimport reads no global off switch), and
 * it took parameters named `storage` for WXT's storage helper: 7 KB of unused code reached the popup's
 * first paint. Every module imports what it uses, so the plugin has nothing to do here.
 */
function withoutAutoImports(plugins: PluginOption[] | undefined): PluginOption[] {
  return (plugins ?? [])
    .flat(Infinity as 1)
    .filter((plugin) => !(plugin && 'name' in plugin && plugin.name === 'unimport'));
}

/**
 * Public key that pins the Chrome extension id to omnjmdaipihpdbmekgaplhfloalfceln, so hospital IT can address enterprise
 * policy to it (docs/deploy.md). Store uploads leave it out (STORE=1): the store assigns the id.
 */
const EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAmfAXFIy9jQCq1zBoCb9h4W5c779ws3LyhqwRYdYMo/aQQvkr3bRdKLjBQllf3oeIbcomSmfcrROR2ZW4sw/cwI5hbVNpkdQlU9oZjDLdCQ5Jvdn8LsUv+bmW2hUm3ER6Wv3xRF/iRFTWH+XTLiXI/+tpU/VIOJPYRkvb8spIT8ZxFAHybWyR76nl55AXnQg7YV1oymVPvfXwKoT+K5zRv4BB4MCDLp0E5/GSYYNOkd1zFSN8Gh+r5l/TIfpzIjPdp4pwUcp7Hqq+R+6+Rrp3La8xqyQhS0s03nUwrAqsCD2PC2Ey64sFA2xmDehMm1PQNhEa/o9kdWCyim/2FhLOcQIDAQAB';

/** A keyboard command: its default keys and its description (a message name). */
const shortcut = (keys: string, description: string) => ({ suggested_key: { default: keys }, description });

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/i18n/module', '@wxt-dev/webextension-polyfill'],
  imports: false,
  // Chrome and Firefox preload modules natively; the polyfill would only add bytes to every page.
  vite: () => ({
    plugins: [preact(), localeMessages(), prerenderFirstScreens()],
    build: { modulePreload: { polyfill: false }, sourcemap: Boolean(process.env.SOURCEMAP) },
  }),
  hooks: {
    // The one-language popups carry their styles in the page (scripts/prerender/plugin.ts): the CSP
    // allows those exact styles by their hashes, and no other inline style.
    'build:manifestGenerated': (_, manifest) => {
      const csp = manifest.content_security_policy as { extension_pages?: string } | undefined;
      if (!csp?.extension_pages || inlineStyleHashes.size === 0) return;
      csp.extension_pages += `; style-src 'self' ${[...inlineStyleHashes].sort().join(' ')}`;
    },
    // Same sources, same bytes: AMO rebuilds the add-on from the sources zip and compares.
    'zip:extension:done': (_, zipPath) => makeZipReproducible(zipPath),
    'zip:sources:done': (_, zipPath) => makeZipReproducible(zipPath),
    // The benchmark's pages (an empty baseline, the journal's code) live in test/bench/pages and join
    // only benchmark builds (BENCH=1, see test/bench/run.mjs), which go to their own folder.
    'entrypoints:found': (_, entrypoints) => {
      if (!process.env.BENCH) return;
      entrypoints.push(
        {
          name: 'bench-blank',
          inputPath: resolve('test/bench/pages/bench-blank.html'),
          type: 'unlisted-page',
        },
        {
          name: 'bench-journal',
          inputPath: resolve('test/bench/pages/bench-journal/index.html'),
          type: 'unlisted-page',
        },
      );
    },
    // A few chunks, not one file per module: each extra file costs the popup a few milliseconds to open.
    // Only production builds: the dev server serves modules one by one, and a shared chunk named in
    // the pre-rendered pages would not exist there ("Pre-transform error: Failed to load url").
    'vite:build:extendConfig': (entrypoints, config) => {
      config.plugins = withoutAutoImports(config.plugins);
      if (config.mode !== 'production' || !entrypoints.some((entry) => entry.type === 'popup')) return;
      config.build ??= {};
      config.build.rollupOptions ??= {};
      // What the popup's first screen needs is one chunk, `app` (the side panel runs the same app); the
      // browser-backed platform every page loads right after its first paint is one more, `platform`.
      // Each lazy view is its feature folder's entry (components/signs/SignsTab.tsx, …) and the bundler
      // splits the rest by which views use it, so a view loads only its own code. One chunk per feature
      // folder was tried and measured: features import each other's small modules (Signs shows the
      // region's programs, Reach a resource card), and each such import pulled in the other feature's
      // whole chunk: the Signs tab loaded 45 KB gzip instead of 14 (test/e2e/budget.e2e.ts prints each).
      const chunk =
        (pick: (id: string, ctx: ChunkingContext) => string | undefined) =>
        (id: string, ctx: ChunkingContext) =>
          // Entry modules run on import: each stays in its own page's file, never in a shared chunk.
          ctx.getModuleInfo(id)?.isEntry || id.includes('/entrypoints/') ? null : (pick(id, ctx) ?? null);
      const reached = (root: ModuleTest) => (id: string, ctx: ChunkingContext) =>
        loadedWith(id, root, (m) => ctx.getModuleInfo(m));
      config.build.rollupOptions.output = {
        codeSplitting: {
          groups: [
            // Vite's helper for import(), which the popup's and side panel's entries use to load the
            // app after the first paint: a file of its own, or the whole app would load before it.
            { priority: 4, name: (id: string) => (id.includes('vite/preload-helper') ? 'preload' : null) },
            // The first screen's styles, which those entries import for the first paint: in the app
            // chunk, they would bring the whole app with them.
            {
              priority: 4,
              name: chunk((id, ctx) =>
                /\.css$/.test(id) && reached(appStart)(id, ctx) ? 'styles' : undefined,
              ),
            },
            { priority: 3, name: chunk((id, ctx) => (reached(appStart)(id, ctx) ? 'app' : undefined)) },
            {
              priority: 2,
              name: chunk((id, ctx) => (reached(platformEntry)(id, ctx) ? 'platform' : undefined)),
            },
          ],
        },
      };
    },
  },
  outDir: process.env.BENCH ? '.output/bench' : '.output',
  // The sources zip Firefox reviewers rebuild from: sources only, never what the tests leave behind.
  zip: { excludeSources: ['test-results/**', 'coverage/**', '**/*.log'] },
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions:
      browser === 'firefox'
        ? ['storage', 'contextMenus', 'alarms', 'idle']
        : ['storage', 'sidePanel', 'contextMenus', 'alarms', 'idle'],
    // Asked for only when a user first sets a reminder.
    optional_permissions: ['notifications'],
    storage: { managed_schema: 'managed_schema.json' },
    ...(browser !== 'firefox' && !process.env.STORE ? { key: EXTENSION_KEY } : {}),
    action: { default_title: '__MSG_extName__' },
    commands: {
      _execute_action: shortcut('Alt+Shift+B', '__MSG_commandOpenPopup__'),
      'lock-journal': shortcut('Alt+Shift+L', '__MSG_commandLockJournal__'),
      // Firefox opens its sidebar itself; Chrome's side panel is opened by the background.
      [browser === 'firefox' ? '_execute_sidebar_action' : 'open-side-panel']: shortcut(
        'Alt+Shift+Y',
        '__MSG_commandOpenSidePanel__',
      ),
    },
    ...(mode === 'production' ? { content_security_policy: { extension_pages: NO_NETWORK_CSP } } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: '116' }),
  }),
});
