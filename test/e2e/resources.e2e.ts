import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, closeOffline, launch, screenshot, type Session } from './harness';

// A clinician in British Columbia (guessed from the time zone) looks for programs named elsewhere.
let session: Session;
beforeAll(async () => {
  session = await launch({ timezone: 'America/Vancouver' });
});
afterAll(async () => {
  await closeOffline(session);
});

type Page = Awaited<ReturnType<Session['open']>>;

async function openResources(page: Page) {
  await page.getByRole('tab', { name: 'Resources' }).click();
  await page.getByText('Numbers for: British Columbia, Canada.').waitFor();
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
    const search = page.getByRole('searchbox', { name: 'Search resources' });
    await search.fill('PARO');
    await expect
      .poll(() => cards(page))
      .toEqual([['PARO 24/7 Distress Helpline', expect.stringContaining('Ontario')]]);
    await expect(page.getByRole('checkbox', { name: 'Include other regions' }).isDisabled()).resolves.toBe(
      true,
    );
    await screenshot(page, 'resources-paro-from-bc');
    await search.fill('PAMQ');
    await expect
      .poll(() => cards(page))
      .toEqual([['Programme d’aide aux médecins du Québec (PAMQ)', expect.stringContaining('Quebec')]]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('finds “médecins” everywhere, British Columbia first, then Canada, then other provinces', async () => {
    const page = await session.open('sidepanel.html', { width: 800, height: 900 });
    await openResources(page);
    await page.getByRole('searchbox', { name: 'Search resources' }).fill('médecins');
    await page.locator('.resource h3', { hasText: 'PAMQ' }).waitFor();
    const found = await cards(page);
    const places = found.map(([, hint]) => (hint ?? '').split(' · ')[1]);
    expect(found.map(([title]) => title)).toEqual(
      expect.arrayContaining(['Physician Health Program of BC', 'OMA Physician Health Program']),
    );
    expect(places[0]).toBe('British Columbia');
    const rank = (place: string | undefined) =>
      place === 'British Columbia' ? 0 : place === 'Canada' ? 1 : 2;
    expect(places.map(rank)).toEqual([...places.map(rank)].sort());
    expect(places).toContain('Quebec');
    await page.close();
  });

  it('keeps browsing to British Columbia and Canada until “Include other regions” is ticked', async () => {
    const page = await session.open('popup.html');
    await openResources(page);
    await page.locator('.resource').first().waitFor();
    expect(await page.getByRole('heading', { name: 'PARO 24/7 Distress Helpline' }).count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Include other regions' }).check();
    await page.getByRole('heading', { name: 'PARO 24/7 Distress Helpline' }).waitFor();
    await page.close();
  });
});
