import type { Page } from 'playwright-core';
import type { Session } from './harness';
import { ui, type TestLang } from './locales';

export interface OpenOptions {
  path?: string;
  width?: number;
  height?: number;
}

/** Opens the popup (or another page) and clicks one of its tabs, by the name a person reads. */
export async function openTab(
  session: Session,
  tab: string,
  { path = 'popup.html', width, height }: OpenOptions = {},
): Promise<Page> {
  const page = await session.open(path, { width, height });
  await page.getByRole('tab', { name: tab }).click();
  return page;
}

/** Opens the Signs tab, in the session's language. */
export function openSigns(session: Session, lang: TestLang = 'en', options: OpenOptions = {}): Promise<Page> {
  return openTab(session, ui(lang, 'tabs.signs'), options);
}

/** Where each link inside the elements a selector finds goes, in the order a person reads them. */
export function linkHrefs(page: Page, selector: string): Promise<(string | null)[]> {
  return page
    .locator(selector)
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
}
