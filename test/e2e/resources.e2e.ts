import { describe, expect, it } from 'vitest';
import { placeName, regionName } from '../../lib/region/region';
import { axeViolations, screenshot, sharedSession, type Session } from './harness';
import { boxInWindow } from './in-page';
import { resource, ui, uiCount } from './locales';

// A clinician in British Columbia (guessed from the time zone) looks for programs named elsewhere.
const session = sharedSession({ timezone: 'America/Vancouver' });

type Page = Awaited<ReturnType<Session['open']>>;

const L = {
  tab: ui('en', 'tabs.resources'),
  search: ui('en', 'resources.search'),
  otherRegions: ui('en', 'resources.allRegions'),
};
const place = {
  bc: placeName('CA-BC', 'en'),
  canada: placeName('CA', 'en'),
  ontario: placeName('CA-ON', 'en'),
  quebec: placeName('CA-QC', 'en'),
};
const name = (id: string) => resource(id).name.en;
const PARO = name('paro-helpline');
const PAMQ = name('pamq');

async function openResources(page: Page) {
  await page.getByRole('tab', { name: L.tab }).click();
  await page.getByText(ui('en', 'urgent.regionNote', regionName('CA-BC', 'en'))).waitFor();
}

/** Each listed card's title and the place it says it serves. */
const cards = (page: Page) =>
  page
    .locator('.resource')
    .evaluateAll((articles) =>
      articles.map((a) => [a.querySelector('h3')?.textContent, a.querySelector('.hint')?.textContent]),
    );

describe('Resources search from British Columbia', () => {
  it('finds PARO and PAMQ, each labelled with its own province', async () => {
    const page = await session.open('popup.html');
    await openResources(page);
    const search = page.getByRole('searchbox', { name: L.search });
    await search.fill('PARO');
    await expect.poll(() => cards(page)).toEqual([[PARO, expect.stringContaining(place.ontario)]]);
    await expect(page.getByRole('checkbox', { name: L.otherRegions }).isDisabled()).resolves.toBe(true);
    await screenshot(page, 'resources-paro-from-bc');
    await search.fill('PAMQ');
    await expect.poll(() => cards(page)).toEqual([[PAMQ, expect.stringContaining(place.quebec)]]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('finds “médecins” everywhere, British Columbia first, then Canada, then other provinces', async () => {
    const page = await session.open('sidepanel.html', { width: 800, height: 900 });
    await openResources(page);
    await page.getByRole('searchbox', { name: L.search }).fill('médecins');
    await page.locator('.resource h3', { hasText: PAMQ }).waitFor();
    const found = await cards(page);
    const places = found.map(([, hint]) => (hint ?? '').split(' · ')[1]);
    expect(found.map(([title]) => title)).toEqual(expect.arrayContaining([name('bc-php'), name('oma-php')]));
    expect(places[0]).toBe(place.bc);
    const rank = (where: string | undefined) => (where === place.bc ? 0 : where === place.canada ? 1 : 2);
    expect(places.map(rank)).toEqual([...places.map(rank)].sort());
    expect(places).toContain(place.quebec);
    await page.close();
  });

  it('keeps browsing to British Columbia and Canada until “Include other regions” is ticked', async () => {
    const page = await session.open('popup.html');
    await openResources(page);
    await page.locator('.resource').first().waitFor();
    expect(await page.getByRole('heading', { name: PARO }).count()).toBe(0);
    await page.getByRole('checkbox', { name: L.otherRegions }).check();
    await page.getByRole('heading', { name: PARO }).waitFor();
    await page.close();
  });
});

/**
 * A search that finds nothing says so right under the field, with what to type instead and a way
 * back, inside the window at the real sizes, in English and French. (That each suggestion finds
 * something is held by test/lib/resources/resource-search.test.ts, over both locale files.)
 */
for (const lang of ['en', 'fr'] as const) {
  describe(`Resources search that finds nothing, in ${lang === 'en' ? 'English' : 'French'}`, () => {
    const local = sharedSession({ lang, timezone: 'America/Toronto' });
    const SIZES = [
      { name: 'popup 380x600', path: 'popup.html', width: 380, height: 600 },
      { name: 'popup at 150% zoom (253x400)', path: 'popup.html', width: 253, height: 400 },
      { name: 'side panel 250 px wide', path: 'sidepanel.html', width: 250, height: 700 },
    ];
    for (const size of SIZES) {
      it(`${size.name}: the hint and “Clear the search” are in the window; clearing goes back, focused`, async () => {
        const page = await local.open(size.path, size);
        await page.getByRole('tab', { name: ui(lang, 'tabs.resources') }).click();
        const search = page.getByRole('searchbox', { name: ui(lang, 'resources.search') });
        await search.click();
        await search.pressSequentially('zzzz');
        const clear = page.getByRole('button', { name: ui(lang, 'resources.clearSearch') });
        await clear.waitFor();
        const inWindow = (text: string) => page.getByText(text, { exact: true }).evaluate(boxInWindow);
        expect(await inWindow(uiCount(lang, 'resources.count', 0))).toBe(true);
        expect(await inWindow(ui(lang, 'resources.noMatchHint'))).toBe(true);
        expect(await inWindow(ui(lang, 'resources.clearSearch'))).toBe(true);
        await clear.click();
        await expect.poll(() => search.inputValue()).toBe('');
        expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
        await page.locator('.resource').first().waitFor();
        // Last: a full-page screenshot leaves the window scrolled where no person put it.
        await search.fill('zzzz');
        await clear.waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, `resources-no-match-${size.width}-${lang}`);
        await page.close();
      });
    }
  });
}
