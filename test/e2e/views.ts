import type { Page } from 'playwright-core';
import { signLabel, stepTitle, ui, type TestLang } from './locales';

/** Every view a person can reach, and how to get there from a freshly opened page. */
export interface View {
  name: string;
  path: string;
  show(page: Page): Promise<void>;
}

const ready = (page: Page) => page.locator('h1').first().waitFor();

export function helpViews(lang: TestLang): View[] {
  const label = {
    guided: ui(lang, 'help.guided'),
    next: ui(lang, 'help.next'),
    urgent: ui(lang, 'urgent.toggle'),
    about: ui(lang, 'help.aboutTitle'),
    aboutWording: ui(lang, 'help.aboutWording'),
    linesHeading: ui(lang, 'urgentKinds.linesHeading'),
    more: ui(lang, 'help.more'),
    impaired: ui(lang, 'urgentKinds.impairedChoice'),
  };
  const guidedStep = (n: number) => async (page: Page) => {
    await ready(page);
    await page.getByRole('button', { name: label.guided }).click();
    for (let i = 1; i < n; i++) await page.getByRole('button', { name: label.next }).click();
  };
  const views: View[] = [];
  for (const path of ['popup.html', 'sidepanel.html']) {
    const surface = path.replace('.html', '');
    views.push(
      { name: `${surface}-overview`, path, show: ready },
      ...[1, 2, 3, 4].map((n) => ({ name: `${surface}-step-${n}`, path, show: guidedStep(n) })),
      {
        name: `${surface}-step-3-more`,
        path,
        show: async (page) => {
          await guidedStep(3)(page);
          await page.getByText(label.more).click();
        },
      },
      {
        name: `${surface}-urgent`,
        path,
        show: async (page) => {
          await ready(page);
          await page.getByRole('button', { name: label.urgent }).click();
          await page.getByRole('alert').waitFor();
          // The physician lines under it load on first use: checked once they are there.
          await page.getByRole('heading', { name: label.linesHeading }).waitFor();
        },
      },
      {
        name: `${surface}-about`,
        path,
        show: async (page) => {
          await ready(page);
          await page.getByText(label.about).click();
          // Its wording and sources load on first use: checked once they are there.
          await page.getByText(label.aboutWording).waitFor();
        },
      },
    );
  }
  views.push({
    name: 'popup-urgent-impaired',
    path: 'popup.html',
    show: async (page) => {
      await ready(page);
      await page.getByRole('button', { name: label.urgent }).click();
      await page.getByRole('button', { name: label.impaired }).click();
      // The reporting line loads with the impaired block.
      await page.locator('.urgent-block ~ .reporting').waitFor();
    },
  });
  views.push({ name: 'options', path: 'options.html', show: ready });
  // The privacy policy shipped in the extension, linked from Settings.
  views.push({ name: 'privacy', path: 'privacy.html', show: ready });
  return [...views, ...signsViews(lang), ...reachViews(lang)];
}

function signsViews(lang: TestLang): View[] {
  const l = {
    tab: ui(lang, 'tabs.signs'),
    myself: ui(lang, 'signs.myself'),
    ordinary: signLabel(lang, 'exhausted', 'colleague'),
    ordinaryMyself: signLabel(lang, 'exhausted', 'myself'),
    redFlag: signLabel(lang, 'suicide', 'colleague'),
    redFlagMyself: signLabel(lang, 'suicide', 'myself'),
    impaired: signLabel(lang, 'impaired', 'colleague'),
    threatMyself: signLabel(lang, 'harm-others', 'myself'),
    calm: ui(lang, 'calm.open'),
    start: ui(lang, 'calm.start'),
    grounding: ui(lang, 'calm.groundingStart'),
  };
  const onSigns = async (page: Page, myself = false) => {
    await ready(page);
    await page.getByRole('tab', { name: l.tab }).click();
    if (myself) await page.getByRole('button', { name: l.myself, exact: true }).click();
  };
  const tick = (page: Page, label: string) =>
    page.getByRole('checkbox', { name: label, exact: true }).check();
  const path = 'popup.html';
  return [
    { name: 'signs-colleague', path, show: (page) => onSigns(page) },
    {
      name: 'signs-colleague-next-steps',
      path,
      show: async (page) => {
        await onSigns(page);
        await tick(page, l.ordinary);
      },
    },
    {
      name: 'signs-colleague-red-flag',
      path,
      show: async (page) => {
        await onSigns(page);
        await tick(page, l.redFlag);
        await page.getByRole('alert').waitFor();
      },
    },
    {
      name: 'signs-colleague-impaired',
      path,
      show: async (page) => {
        await onSigns(page);
        await tick(page, l.impaired);
        await page.locator('.urgent-block ~ .reporting').waitFor();
      },
    },
    {
      name: 'signs-myself-threat',
      path,
      show: async (page) => {
        await onSigns(page, true);
        await tick(page, l.threatMyself);
        await page.getByRole('alert').waitFor();
      },
    },
    {
      name: 'signs-myself-next-steps',
      path,
      show: async (page) => {
        await onSigns(page, true);
        await tick(page, l.ordinaryMyself);
      },
    },
    {
      name: 'signs-myself-red-flag',
      path,
      show: async (page) => {
        await onSigns(page, true);
        await tick(page, l.redFlagMyself);
        await page.getByRole('alert').waitFor();
      },
    },
    {
      name: 'take-a-minute',
      path: 'sidepanel.html',
      show: async (page) => {
        await ready(page);
        await page.getByRole('button', { name: l.calm }).first().click();
        await page.getByRole('button', { name: l.start, exact: true }).click();
        await page.getByRole('button', { name: l.grounding }).click();
      },
    },
  ];
}

function reachViews(lang: TestLang): View[] {
  const l = {
    reach: ui(lang, 'tabs.reach'),
    resources: ui(lang, 'tabs.resources'),
    add: ui(lang, 'contacts.add'),
    save: ui(lang, 'contacts.save'),
    search: ui(lang, 'resources.search'),
    plan: ui(lang, 'help.readStep', stepTitle(lang, 'plan')),
    remind: ui(lang, 'reminders.open'),
  };
  const tab = (name: string) => async (page: Page) => {
    await ready(page);
    await page.getByRole('tab', { name }).click();
    await page.locator('h2').first().waitFor();
  };
  return [
    { name: 'reach', path: 'popup.html', show: tab(l.reach) },
    {
      name: 'reach-form-errors',
      path: 'popup.html',
      show: async (page) => {
        await tab(l.reach)(page);
        await page.getByRole('button', { name: l.add }).click();
        await page.getByRole('button', { name: l.save }).click();
      },
    },
    {
      name: 'resources-search',
      path: 'sidepanel.html',
      show: async (page) => {
        await tab(l.resources)(page);
        await page.getByRole('searchbox', { name: l.search }).fill('PARO');
      },
    },
    { name: 'resources-all', path: 'popup.html', show: tab(l.resources) },
    {
      name: 'plan-reminder',
      path: 'popup.html',
      show: async (page) => {
        await ready(page);
        await page.getByRole('button', { name: l.plan }).click();
        await page.getByRole('button', { name: l.remind }).click();
      },
    },
  ];
}
