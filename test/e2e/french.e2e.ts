import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, closeOffline, launch, screenshot, type Session } from './harness';
import { eachStepOpened, expectCoresInView } from './help-fit';
import { ui } from './locales';
import { helpViews } from './views';

let session: Session;
beforeAll(async () => {
  session = await launch({ lang: 'fr', timezone: 'America/Toronto' });
});
afterAll(() => closeOffline(session));

describe('in a French browser', () => {
  it('speaks French from the first screen, and guesses Quebec', async () => {
    const page = await session.open('popup.html');
    await expect(page.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      'HELP\u00a0: parler avec un ou une collègue',
    );
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await expect(page.getByRole('tablist').getAttribute('aria-label')).resolves.toBe('Outils');
    await page.getByRole('button', { name: 'Vous craignez pour sa sécurité?' }).click();
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain('Numéros pour\u00a0: Québec, Canada.');
    await expect(alert.getByRole('link', { name: 'Appeler le 9-8-8' }).getAttribute('href')).resolves.toBe(
      'tel:988',
    );
    await expect(
      alert.getByRole('link', { name: ui('fr', 'urgent.text', '9-8-8') }).getAttribute('href'),
    ).resolves.toBe('sms:988');
    await screenshot(page, 'popup-urgent-fr');
    await page.close();
  });

  it('walks the guide in French', async () => {
    const page = await session.open('sidepanel.html', { width: 800, height: 900 });
    await page.getByRole('button', { name: 'Étape par étape' }).click();
    await page.getByText('Étape 1 sur 4').waitFor();
    await page.getByRole('button', { name: 'Suivant' }).click();
    await expect(page.locator('#step-title').textContent()).resolves.toBe(
      'EÉcouter avec empathie (Empathize)',
    );
    await page.getByRole('heading', { name: 'Vous pourriez dire' }).waitFor();
    await screenshot(page, 'sidepanel-step-2-fr');
    await page.close();
  });

  it('fits every step’s core, and « En savoir plus », in the 380x600 popup', async () => {
    const page = await session.open('popup.html');
    await page.getByRole('heading', { level: 2 }).waitFor();
    const titles = [
      'Aller vers l’autre (Hello)',
      'Écouter avec empathie (Empathize)',
      'Orienter vers l’aide (Link)',
      'Prévoir un suivi (Plan)',
    ];
    const boxes = await eachStepOpened(page, titles, {
      readStep: (title) => `Lire l’étape ${title}`,
      next: 'Suivant',
    });
    expectCoresInView(boxes, 600);
    await screenshot(page, 'popup-plan-fr');
    await page.close();
  });

  it('shows the settings in French', async () => {
    const page = await session.open('options.html', { width: 800, height: 700 });
    await expect(page.title()).resolves.toBe('Paramètres de Been There');
    await expect(page.getByRole('combobox', { name: 'Votre région' }).inputValue()).resolves.toBe('CA-QC');
    await screenshot(page, 'options-fr');
    await page.close();
  });

  it.each(helpViews('fr').map((view) => [view.name, view] as const))(
    '%s: no axe violations',
    async (_, view) => {
      const page = await session.open(view.path, { width: 360, height: 700 });
      await view.show(page);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );
});
