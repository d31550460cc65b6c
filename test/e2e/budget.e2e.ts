import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize, scriptsAfterFirstPaint, scriptsBeforeFirstPaint, scriptsOfLazyView } from './page-scripts';

// The popup opens between patients: what it runs before its first paint stays small (15 KB gzip).
// Its HTML already holds the first screen (scripts/prerender); the app that takes it over, the
// platform, the views and the journal load later through import() (README: after the first paint).
const POPUP_BUDGET_BYTES = 15 * 1024;

describe('the production build', () => {
  it('keeps the JavaScript the popup loads before its first paint within 15 KB gzip', () => {
    const files = scriptsBeforeFirstPaint(EXTENSION_DIR, 'popup.html');
    const bytes = gzipSize(EXTENSION_DIR, files);
    // The popups made in one language run the same script, deferred, and nothing else.
    for (const page of ['popup-en.html', 'popup-fr.html'])
      expect(scriptsBeforeFirstPaint(EXTENSION_DIR, page)).toEqual(files);
    console.info(`popup before first paint: ${files.join(', ')}: ${(bytes / 1024).toFixed(1)} KB gzip`);
    expect(files.length).toBeGreaterThan(0);
    // The app's module waits for the first paint (entrypoints/first-screen.ts loads it); it exists.
    for (const page of ['popup.html', 'sidepanel.html'])
      expect(scriptsAfterFirstPaint(EXTENSION_DIR, page).length).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(POPUP_BUDGET_BYTES);
    // WXT's auto-import plugin once put its storage helper here unasked (wxt.config.ts).
    expect(
      files.filter((file) => readFileSync(join(EXTENSION_DIR, file), 'utf8').includes('Storage key should')),
    ).toEqual([]);
    // A page in the language the user chose over the browser's first loads that language's strings.
    const table = readdirSync(join(EXTENSION_DIR, 'assets')).filter((file) => /^(en|fr)-.*\.js$/.test(file));
    expect(table).toHaveLength(2);
    for (const file of table)
      console.info(
        `+ ${file.slice(0, 2)} strings, when not the browser's language: ${(gzipSize(EXTENSION_DIR, [`assets/${file}`]) / 1024).toFixed(1)} KB gzip`,
      );
  });

  it('leaves the views other than HELP, the browser platform and the journal out of the first paint and the app', () => {
    // What loads before the popup's first paint, and the app's module right after it, in each popup.
    const files = ['popup.html', 'popup-en.html', 'popup-fr.html'].flatMap((page) => [
      ...scriptsBeforeFirstPaint(EXTENSION_DIR, page),
      ...scriptsAfterFirstPaint(EXTENSION_DIR, page),
    ]);
    // A lazy view's chunk is named after its entry module; the platform has its own chunk (wxt.config.ts).
    for (const lazy of [...LAZY_VIEWS, 'platform', 'journal']) {
      expect(files.filter((file) => file.includes(`/${lazy}-`))).toEqual([]);
    }
  });

  it("loads with each view only that view's code: no view but the journal loads its encryption", () => {
    // What the popup has loaded once it opened: its first paint, then the app that takes it over.
    const firstPaint = new Set([
      ...scriptsBeforeFirstPaint(EXTENSION_DIR, 'popup.html'),
      ...scriptsAfterFirstPaint(EXTENSION_DIR, 'popup.html'),
      ...scriptsOfLazyView(EXTENSION_DIR, 'app'),
    ]);
    for (const view of LAZY_VIEWS) {
      const added = scriptsOfLazyView(EXTENSION_DIR, view).filter((file) => !firstPaint.has(file));
      console.info(
        `${view}: ${added.length} files, ${(gzipSize(EXTENSION_DIR, added) / 1024).toFixed(1)} KB gzip`,
      );
      if (view !== 'JournalTab') expect(added.filter(holdsJournalCrypto)).toEqual([]);
    }
    // The options page shows the auto-lock choice, never the journal itself.
    expect(scriptsBeforeFirstPaint(EXTENSION_DIR, 'options.html').filter(holdsJournalCrypto)).toEqual([]);
  });
});

/** The tabs and views that load on first use (components/app/App.tsx), by entry module. */
const LAZY_VIEWS = ['SignsTab', 'ReachTab', 'ResourcesTab', 'JournalTab', 'CalmView', 'GuideView'];

/** The journal's key derivation (lib/journal/crypto.ts): only the journal's chunks name it. */
const holdsJournalCrypto = (file: string) =>
  readFileSync(join(EXTENSION_DIR, file), 'utf8').includes('PBKDF2');
