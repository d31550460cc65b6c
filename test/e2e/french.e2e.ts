import { describe, expect, it } from 'vitest';
import { CRISIS_LINES } from '../../lib/content/crisis-lines';
import { HELP_STEPS } from '../../lib/content/help';
import { regionName } from '../../lib/region/region';
import { axeViolations, screenshot, sharedSession } from './harness';
import { eachStepOpened, expectCoresInView } from './help-fit';
import { stepTitle, ui } from './locales';
import { helpViews } from './views';

const session = sharedSession({ lang: 'fr', timezone: 'America/Toronto' });
/** What a French reader sees, from locales/fr.yml and the content. */
const fr = (key: string, ...substitutions: string[]) => ui('fr', key, ...substitutions);
const crisisLine = CRISIS_LINES.CA.crisis.display;

describe('in a French browser', () => {
  it('speaks French from the first screen, and guesses Quebec', async () => {
    const page = await session.open('popup.html');
    await expect(page.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(fr('help.heading'));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await expect(page.getByRole('tablist').getAttribute('aria-label')).resolves.toBe(fr('app.tablistLabel'));
    await page.getByRole('button', { name: fr('urgent.toggle') }).click();
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain(fr('urgent.regionNote', regionName('CA-QC', 'fr')));
    await expect(
      alert.getByRole('link', { name: fr('urgent.call', crisisLine) }).getAttribute('href'),
    ).resolves.toBe('tel:988');
    await expect(
      alert.getByRole('link', { name: fr('urgent.text', crisisLine) }).getAttribute('href'),
    ).resolves.toBe('sms:988');
    await screenshot(page, 'popup-urgent-fr');
    await page.close();
  });

  it('walks the guide in French', async () => {
    const page = await session.open('sidepanel.html', { width: 800, height: 900 });
    await page.getByRole('button', { name: fr('help.guided') }).click();
    await page.getByText(fr('help.stepOf', '1', String(HELP_STEPS.length))).waitFor();
    await page.getByRole('button', { name: fr('help.next') }).click();
    // The heading shows the step's letter, then its French title.
    const empathize = HELP_STEPS[1]!;
    await expect(page.locator('#step-title').textContent()).resolves.toBe(
      `${empathize.letter}${stepTitle('fr', empathize.id)}`,
    );
    await page.getByRole('heading', { name: fr('help.phrases') }).waitFor();
    await screenshot(page, 'sidepanel-step-2-fr');
    await page.close();
  });

  it('fits every step’s core, and « En savoir plus », in the 380x600 popup', async () => {
    const page = await session.open('popup.html');
    await page.getByRole('heading', { level: 2 }).waitFor();
    const titles = HELP_STEPS.map((step) => stepTitle('fr', step.id));
    const boxes = await eachStepOpened(page, titles, {
      readStep: (title) => fr('help.readStep', title),
      next: fr('help.next'),
    });
    expectCoresInView(boxes, 600);
    await screenshot(page, 'popup-plan-fr');
    await page.close();
  });

  it('shows the settings in French', async () => {
    const page = await session.open('options.html', { width: 800, height: 700 });
    await expect(page.title()).resolves.toBe(fr('app.settingsTitle'));
    // Nothing saved: the region guessed for a French browser in Toronto.
    await expect(page.getByRole('combobox', { name: fr('options.regionLabel') }).inputValue()).resolves.toBe(
      'CA-QC',
    );
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
