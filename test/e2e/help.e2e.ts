import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusedText, closeOffline, launch, screenshot, tabTo, type Session } from './harness';
import { eachStepOpened, expectCoresInView } from './help-fit';

let session: Session;
beforeAll(async () => {
  session = await launch({ timezone: 'America/Toronto' });
});
afterAll(() => closeOffline(session));

const dialHrefs = (page: Awaited<ReturnType<Session['open']>>) =>
  page
    .getByRole('alert')
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));

describe('HELP in the popup and the side panel', () => {
  it('opens the popup on the HELP overview', async () => {
    const page = await session.open('popup.html');
    await expect(page.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      'HELP: talking with a colleague',
    );
    await expect(page.getByRole('tab', { name: 'HELP' }).getAttribute('aria-selected')).resolves.toBe('true');
    const cards = page.locator('.step-cards h3');
    await expect(cards.allTextContents()).resolves.toEqual(['HHello', 'EEmpathize', 'LLink', 'PPlan']);
    await screenshot(page, 'popup-overview-en');
    await page.close();
  });

  it('runs the same app in the side panel, laid out for the full height', async () => {
    const page = await session.open('sidepanel.html', { width: 800, height: 900 });
    await page.getByRole('heading', { name: 'HELP: talking with a colleague' }).waitFor();
    expect(await page.locator('.app--sidepanel').count()).toBe(1);
    await page.getByRole('button', { name: 'Read step Empathize' }).click();
    await page.getByText('Step 2 of 4').waitFor();
    await screenshot(page, 'sidepanel-empathize-en');
    await page.close();
  });

  it('fits every step’s core, and the way to “More on this step”, in the 380x600 popup', async () => {
    const page = await session.open('popup.html');
    await page.getByRole('heading', { level: 2 }).waitFor();
    const boxes = await eachStepOpened(page, ['Hello', 'Empathize', 'Link', 'Plan'], {
      readStep: (title) => `Read step ${title}`,
      next: 'Next',
    });
    expectCoresInView(boxes, 600);
    await page.getByText('More on this step').click();
    await page.getByText('Thanks for talking with me.').waitFor();
    await screenshot(page, 'popup-plan-more-en');
    await page.close();
  });

  it('walks the guided mode with the keyboard only', async () => {
    const page = await session.open('popup.html');
    await page.getByRole('heading', { level: 2 }).waitFor();
    await tabTo(page, 'Step by step');
    await page.keyboard.press('Enter');
    await page.getByText('Step 1 of 4').waitFor();
    for (const title of ['Empathize', 'Link', 'Plan']) {
      await tabTo(page, 'Next');
      await page.keyboard.press('Enter');
      // Focus lands on the new step's heading, so the reader starts at the top of it.
      await expect.poll(() => focusedText(page)).toBe(`${title[0]}${title}`);
    }
    await tabTo(page, 'Back');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toBe('LLink');
    await screenshot(page, 'popup-guided-link-en');
    await page.close();
  });

  it('opens the urgent block from a step by keyboard, with Canadian dial links', async () => {
    const page = await session.open('popup.html');
    await page.getByRole('button', { name: 'Read step Plan' }).click();
    await tabTo(page, 'Worried about their safety?');
    await page.keyboard.press('Enter');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('Are you thinking about suicide?');
    await expect(alert.textContent()).resolves.toContain('do not leave them alone');
    expect(await dialHrefs(page)).toEqual(['tel:988', 'sms:988', 'tel:911']);
    await alert.getByRole('link', { name: 'Call 9-8-8' }).waitFor();
    await screenshot(page, 'popup-urgent-ca-en');
    await page.close();
  });

  it('follows a US region chosen in the options page', async () => {
    const options = await session.open('options.html', { width: 800, height: 700 });
    const select = options.getByRole('combobox', { name: 'Your region' });
    await expect(select.inputValue()).resolves.toBe('CA-ON');
    await select.selectOption('US');
    await options.getByText('Region saved.').waitFor();
    await screenshot(options, 'options-en');
    await options.close();

    const page = await session.open('popup.html');
    await page.getByRole('button', { name: 'Worried about their safety?' }).click();
    await page.getByRole('link', { name: 'Call 988' }).waitFor();
    expect(await dialHrefs(page)).toEqual(['tel:988', 'sms:988', 'tel:911']);
    await expect(page.locator('.urgent').textContent()).resolves.toContain('988 Suicide & Crisis Lifeline');
    await screenshot(page, 'popup-urgent-us-en');
    await page.close();
  });

  it('says the wording is this project’s own and lists the sources', async () => {
    const page = await session.open('popup.html');
    await page.getByText('About this guide').click();
    await page.getByText(/worded by this project/).waitFor();
    expect(await page.locator('.sources a').count()).toBeGreaterThanOrEqual(10);
    await page.close();
  });
});
