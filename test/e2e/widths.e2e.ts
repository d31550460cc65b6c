// Any width, any zoom, in Chromium: every tab in view and no sideways scroll (the Firefox suite checks
// the same cases with Firefox's real zoom). Browser zoom Z lays a W px window out in W / Z CSS px,
// so Chromium gets that viewport here.
import { describe, expect, it } from 'vitest';
import { screenshot, sharedSession } from './harness';
import { LAYOUT_CASES, layoutProblemsInPage } from './in-page';

describe.each(['en', 'fr'] as const)('Chromium layout in %s', (lang) => {
  const session = sharedSession({ lang });

  it.each(LAYOUT_CASES.map((c) => [c.name, c] as const))(
    '%s: every tab in view, nothing sideways',
    async (_, c) => {
      const page = await session.open(c.path, {
        width: Math.floor(c.width / c.zoom),
        height: Math.floor(c.height / c.zoom),
      });
      await page.locator('h1').first().waitFor();
      const problems: string[] = [];
      const tabs = await page.getByRole('tab').count();
      for (let i = 0; i < Math.max(tabs, 1); i++) {
        if (tabs > 0) {
          await page.getByRole('tab').nth(i).click();
          await page.locator('[role="tabpanel"] h2').first().waitFor();
        }
        const name = tabs > 0 ? await page.getByRole('tab').nth(i).innerText() : c.path;
        problems.push(...(await page.evaluate(layoutProblemsInPage)).map((p) => `${name}: ${p}`));
      }
      await screenshot(page, `layout-${lang}-${c.name.replace(/\W+/g, '-')}`);
      expect(problems).toEqual([]);
      await page.close();
    },
  );
});
