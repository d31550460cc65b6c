import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';
import { gzipSize, scriptsBeforeFirstPaint } from './page-scripts';

// The popup opens between patients: what it runs before its first paint stays small
// (docs: the 25 KB gzip budget). Views, the platform and the journal load later through import().
const POPUP_BUDGET_BYTES = 25 * 1024;

describe('the production build', () => {
  it('keeps the JavaScript the popup loads before its first paint within 25 KB gzip', () => {
    const files = scriptsBeforeFirstPaint(EXTENSION_DIR, 'popup.html');
    const bytes = gzipSize(EXTENSION_DIR, files);
    console.info(`popup before first paint: ${files.join(', ')}: ${(bytes / 1024).toFixed(1)} KB gzip`);
    expect(files.length).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(POPUP_BUDGET_BYTES);
  });

  it('leaves the views other than HELP, the browser platform and the journal out of the first paint', () => {
    const files = scriptsBeforeFirstPaint(EXTENSION_DIR, 'popup.html');
    // Chunks are named after feature folders (wxt.config.ts).
    for (const lazy of ['signs', 'people', 'resources', 'journal', 'calm', 'guides', 'platform']) {
      expect(files.filter((file) => file.includes(`/${lazy}-`))).toEqual([]);
    }
  });
});
