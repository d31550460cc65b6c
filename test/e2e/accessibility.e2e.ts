import { describe, expect, it } from 'vitest';
import { expectAccessible, hasHorizontalScroll, screenshot, sharedSession } from './harness';
import { helpViews } from './views';

const session = sharedSession();

describe.each(['light', 'dark'] as const)('every view in the %s theme', (colorScheme) => {
  it.each(helpViews('en').map((view) => [view.name, view] as const))(
    '%s: no axe violations at 360 and 800 px, targets of 24 px or more',
    async (_, view) => {
      for (const width of [360, 800]) {
        const page = await session.open(view.path, { width, height: 700 });
        await page.emulateMedia({ colorScheme });
        await view.show(page);
        await expectAccessible(page, `${view.name} at ${width}px`);
        if (width === 360) await screenshot(page, `a11y-${view.name}-${colorScheme}`);
        await page.close();
      }
    },
  );
});

describe('reflow', () => {
  it.each(helpViews('en').map((view) => [view.name, view] as const))(
    '%s has no horizontal scroll at 320 px',
    async (_, view) => {
      const page = await session.open(view.path, { width: 320, height: 640 });
      await view.show(page);
      expect(await hasHorizontalScroll(page)).toBe(false);
      await page.close();
    },
  );
});

describe('reduced motion', () => {
  it('turns off transitions and animations when the user asks for less motion', async () => {
    const page = await session.open('popup.html');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.locator('h1').waitFor();
    const durations = await page.evaluate(() =>
      [...document.querySelectorAll('*')].map((el) => getComputedStyle(el).transitionDuration),
    );
    expect(durations.every((d) => d.split(',').every((part) => parseFloat(part) === 0))).toBe(true);
    await page.close();
  });
});
