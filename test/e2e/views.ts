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
    urgent: lang === 'en' ? 'Worried about their safety?' : 'Inquiet pour sa sécurité?',
    about: lang === 'en' ? 'About this guide' : 'À propos de ce guide',
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
  views.push({ name: 'options', path: 'options.html', show: ready });
  return views;
}
