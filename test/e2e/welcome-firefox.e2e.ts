import { expect, it } from 'vitest';
import { regionName } from '../../lib/region/region';
import {
  axeViolations,
  byLabel,
  click,
  closeChecked,
  launchFirefox,
  ORIGIN,
  smallTargets,
  waitForText,
} from './firefox-harness';
import { ui } from './locales';

it('Firefox: opens the welcome page on install; Quebec and French carry to the popup, and stay', async () => {
  const ff = await launchFirefox({ lang: 'en', timezone: 'America/Vancouver' });
  try {
    // The extension opens the tab itself: the browser window lists it.
    await expect
      .poll(() => ff.inBrowserWindow<string[]>('gBrowser.browsers.map((b) => b.currentURI.spec)'), {
        timeout: 15_000,
      })
      .toContain(`${ORIGIN}/welcome.html`);

    const welcome = await ff.open('welcome.html');
    await waitForText(welcome, ui('en', 'welcome.heading'));
    expect(await axeViolations(welcome)).toEqual([]);
    expect(await smallTargets(welcome)).toEqual([]);
    await (await byLabel(welcome, ui('en', 'options.regionLabel'))).select('CA-QC');
    await waitForText(welcome, ui('en', 'options.regionSaved'));
    await (await byLabel(welcome, ui('en', 'options.languageLabel'))).select('fr');
    await click(welcome, 'button', ui('en', 'options.languageApply'));
    // The page opens again in French, the region kept.
    await waitForText(welcome, ui('fr', 'welcome.heading'));
    // Painted before the settings are read: the region saved shows once read.
    await expect
      .poll(async () => (await byLabel(welcome, ui('fr', 'options.regionLabel'))).evaluate((s) => s.value), {
        timeout: 10_000,
      })
      .toBe('CA-QC');
    // And stays in French: 3 s later it has not reopened in another language.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await welcome.evaluate(() => document.documentElement.lang)).toBe('fr');

    const popup = await ff.open('popup.html');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('fr');
    await click(popup, 'button', ui('fr', 'urgent.toggle'));
    await waitForText(popup, ui('fr', 'urgent.regionNote', regionName('CA-QC', 'fr')));
  } finally {
    await closeChecked(ff);
  }
});
