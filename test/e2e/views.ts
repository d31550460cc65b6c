import type { Page } from 'playwright-core';

/** Every view a person can reach, and how to get there from a freshly opened page. */
export interface View {
  name: string;
  path: string;
  show(page: Page): Promise<void>;
}

const ready = (page: Page) => page.locator('h1').first().waitFor();

export function helpViews(lang: 'en' | 'fr'): View[] {
  const label = {
    guided: lang === 'en' ? 'Step by step' : 'Étape par étape',
    next: lang === 'en' ? 'Next' : 'Suivant',
    urgent: lang === 'en' ? 'Worried about their safety?' : 'Vous craignez pour sa sécurité?',
    about: lang === 'en' ? 'About this guide' : 'À propos de ce guide',
    more: lang === 'en' ? 'More on this step' : 'En savoir plus sur cette étape',
    impaired: lang === 'en' ? 'Impaired at work' : 'Inaptitude au travail',
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
        },
      },
      {
        name: `${surface}-about`,
        path,
        show: async (page) => {
          await ready(page);
          await page.getByText(label.about).click();
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
      await page.getByRole('alert').waitFor();
    },
  });
  views.push({ name: 'options', path: 'options.html', show: ready });
  return [...views, ...signsViews(lang), ...reachViews(lang)];
}

const SIGNS = {
  en: {
    tab: 'Signs',
    myself: 'Myself',
    ordinary: 'Seems exhausted, nodding off at work',
    ordinaryMyself: 'I am exhausted, nodding off at work',
    redFlag: 'Talks or writes about suicide, death or despair',
    redFlagMyself: 'I think, talk or write about suicide or death',
    impaired:
      'Seems unfit to care for patients right now: confused, slurred speech, intoxicated or asleep on duty',
    threatMyself: 'I have thoughts of hurting someone else',
    calm: 'Take a minute',
    start: 'Start',
    grounding: 'Start grounding',
  },
  fr: {
    tab: 'Signes',
    myself: 'Moi-même',
    ordinary: 'Semble à bout de forces, s’endort au travail',
    ordinaryMyself: 'Je suis à bout de forces, je m’endors au travail',
    redFlag: 'Parle ou écrit au sujet du suicide, de la mort ou du désespoir',
    redFlagMyself: 'Je pense au suicide ou à la mort, ou j’en parle ou j’en écris',
    impaired:
      'Semble inapte à soigner en ce moment\u00a0: confusion, élocution pâteuse, intoxication ou endormissement en service',
    threatMyself: 'J’ai des pensées de faire du mal à quelqu’un',
    calm: 'Prendre une minute',
    start: 'Commencer',
    grounding: 'Commencer l’ancrage',
  },
};

function signsViews(lang: 'en' | 'fr'): View[] {
  const l = SIGNS[lang];
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
        await page.getByRole('alert').waitFor();
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

const REACH = {
  en: {
    reach: 'Reach',
    resources: 'Resources',
    add: 'Add a person',
    save: 'Save',
    search: 'Search resources',
    plan: 'Read step Plan',
    remind: 'Remind me to check in',
  },
  fr: {
    reach: 'Joindre',
    resources: 'Ressources',
    add: 'Ajouter une personne',
    save: 'Enregistrer',
    search: 'Chercher une ressource',
    plan: 'Lire l’étape Prévoir un suivi (Plan)',
    remind: 'Me rappeler de prendre des nouvelles',
  },
};

function reachViews(lang: 'en' | 'fr'): View[] {
  const l = REACH[lang];
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
