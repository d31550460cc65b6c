/// <reference types="chrome" />
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusedText, closeOffline, launch, screenshot, tabTo, type Session } from './harness';

let session: Session;
beforeAll(async () => {
  session = await launch({ timezone: 'America/Toronto' });
});
afterAll(() => closeOffline(session));

describe('Reach a peer', () => {
  it('adds a buddy in options and shows the card in the popup with working links', async () => {
    const options = await session.open('options.html', { width: 800, height: 900 });
    await options.getByRole('button', { name: 'Add a person' }).click();
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText('Enter a name.').waitFor();
    await options.getByLabel('Name', { exact: true }).fill('Sam Lee');
    await options.getByLabel('This is my buddy').check();
    await options.getByLabel('Phone').fill('613 555 0199');
    await options.getByLabel('Email').fill('sam@example.org');
    await options.getByLabel('Note (for example, on call Tuesdays)').fill('On call Tuesdays');
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByRole('heading', { name: /Sam Lee/ }).waitFor();
    await screenshot(options, 'options-contacts-en');
    await options.close();

    const page = await session.open('popup.html');
    await page.getByRole('tab', { name: 'Reach' }).click();
    const card = page.locator('article', { has: page.getByRole('heading', { name: /Sam Lee/ }) });
    await expect(card.getByRole('link', { name: 'Call 613 555 0199' }).getAttribute('href')).resolves.toBe(
      'tel:6135550199',
    );
    await expect(card.getByRole('link', { name: 'Text 613 555 0199' }).getAttribute('href')).resolves.toBe(
      'sms:6135550199',
    );
    await expect(
      card.getByRole('link', { name: 'Email sam@example.org' }).getAttribute('href'),
    ).resolves.toBe('mailto:sam@example.org?subject=Touching%20base');
    await card.getByText('My buddy').waitFor();
    await screenshot(page, 'reach-buddy-en');
    await page.close();
  });

  it('edits a contact on the card itself', async () => {
    const page = await session.open('popup.html');
    await page.getByRole('tab', { name: 'Reach' }).click();
    await page.getByRole('button', { name: 'Edit Sam Lee' }).click();
    await page.getByLabel('Phone').fill('613-555-0142');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('link', { name: 'Call 613-555-0142' }).getAttribute('href')).resolves.toBe(
      'tel:6135550142',
    );
    await page.close();
  });

  it('renders a contact name made of markup as text, running nothing', async () => {
    const page = await session.open('popup.html');
    await page.getByRole('tab', { name: 'Reach' }).click();
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByLabel('Name', { exact: true }).fill('<img src=x onerror=alert(1)>');
    await page.getByLabel('Phone').fill('911');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: '<img src=x onerror=alert(1)>' }).waitFor();
    await expect.poll(() => page.locator('img').count()).toBe(0);
    await page.getByRole('button', { name: 'Delete <img src=x onerror=alert(1)>' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: '<img src=x onerror=alert(1)>' }).count())
      .toBe(0);
    await page.close();
  });
});

describe('Resources', () => {
  it('finds PARO and, with accents or without, “médecins”', async () => {
    const page = await session.open('sidepanel.html', { width: 800, height: 900 });
    await page.getByRole('tab', { name: 'Resources' }).click();
    const search = page.getByRole('searchbox', { name: 'Search resources' });
    await search.fill('PARO');
    await expect(page.getByRole('status').filter({ hasText: 'resource' }).textContent()).resolves.toBe(
      '1 resource',
    );
    await expect(
      page.getByRole('link', { name: 'Call 1-866-HELP-DOC (24/7)' }).getAttribute('href'),
    ).resolves.toBe('tel:18664357362');
    await screenshot(page, 'resources-paro');
    await search.fill('médecins');
    const withAccent = await page.locator('.resource h3').allTextContents();
    await search.fill('medecins');
    expect(await page.locator('.resource h3').allTextContents()).toEqual(withAccent);
    expect(withAccent).toContain('OMA Physician Health Program');
    await page.close();
  });

  it('works by keyboard: arrows to the tab, type to search', async () => {
    const page = await session.open('popup.html');
    await page.getByRole('heading', { level: 2 }).waitFor();
    await tabTo(page, 'HELP');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedText(page)).toBe('Resources');
    await tabTo(page, 'Search resources');
    await page.keyboard.type('CMPA');
    await expect(page.locator('.resource h3').allTextContents()).resolves.toEqual([
      'CMPA physician advisors',
    ]);
    await page.close();
  });
});

describe('Follow-up reminders', () => {
  it('sets a reminder from the Plan step, lists it with its alarm, and cancels it', async () => {
    const page = await session.open('popup.html');
    await page.getByRole('button', { name: 'Read step Plan' }).click();
    await page.getByRole('button', { name: 'Remind me to check in' }).click();
    await page.getByRole('radio', { name: 'In a week' }).check();
    await page.getByLabel('Label (optional)').fill('JS');
    await page.getByRole('button', { name: 'Set reminder' }).click();
    await page.getByText(/Reminder set for/).waitFor();
    await page.getByText(/· JS/).waitFor();
    const alarms = await session.worker.evaluate(() => chrome.alarms.getAll());
    expect(alarms.map((a) => a.name)).toEqual([expect.stringMatching(/^reminder:/)]);
    expect(alarms[0]!.scheduledTime).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    await screenshot(page, 'plan-reminder-set');
    await page.getByRole('button', { name: /^Cancel reminder for/ }).click();
    await expect.poll(() => page.getByText(/· JS/).count()).toBe(0);
    await expect.poll(() => session.worker.evaluate(() => chrome.alarms.getAll())).toEqual([]);
    await page.close();
  });

  it('opens HELP’s Plan step from a reminder’s notification link', async () => {
    const page = await session.open('sidepanel.html#plan', { width: 800, height: 900 });
    await page.getByText('Step 4 of 4').waitFor();
    await page.getByRole('button', { name: 'Remind me to check in' }).waitFor();
    await page.close();
  });

  it('keeps reminders across a browser restart', async () => {
    const dir = session.profileDir;
    const page = await session.open('popup.html');
    await page.getByRole('button', { name: 'Read step Plan' }).click();
    await page.getByRole('button', { name: 'Remind me to check in' }).click();
    await page.getByRole('button', { name: 'Set reminder' }).click();
    await page.getByText(/Reminder set for/).waitFor();
    await session.close({ keepProfile: true });
    session = await launch({ timezone: 'America/Toronto', profileDir: dir });
    const again = await session.open('popup.html');
    await again.getByRole('button', { name: 'Read step Plan' }).click();
    await again.getByRole('button', { name: /^Cancel reminder for/ }).waitFor();
    await expect
      .poll(() => session.worker.evaluate(() => chrome.alarms.getAll().then((a) => a.length)))
      .toBe(1);
    await again.getByRole('button', { name: /^Cancel reminder for/ }).click();
    await again.close();
  });
});

// Chromium reads enterprise policy from a root-owned folder; only a root run (as in CI) can write it.
const POLICY_DIR = '/etc/chromium/policies/managed';
const isRoot = process.getuid?.() === 0;
if (!isRoot) console.warn('Skipping the managed-policy test: writing /etc/chromium/policies needs root.');

describe.skipIf(!isRoot)('Institution policy', () => {
  it('shows the institution’s contacts, which the user cannot delete', async () => {
    const file = `${POLICY_DIR}/been-there-e2e.json`;
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(
      file,
      JSON.stringify({
        '3rdparty': {
          extensions: {
            [session.extensionId]: {
              institutionName: 'Example Teaching Hospital',
              contacts: [{ name: 'Peer support office', phone: '613 555 0100' }],
              defaultRegion: 'CA-ON',
              regionLocked: true,
              // The wrong type (as a registry REG_SZ "false" would be): Chromium drops this key.
              journalAllowed: 'false',
            },
          },
        },
      }),
    );
    const managed = await launch({ timezone: 'America/Vancouver' });
    try {
      const page = await managed.open('popup.html');
      await page.getByRole('tab', { name: 'Reach' }).click();
      const card = page.locator('article', {
        has: page.getByRole('heading', { name: 'Peer support office' }),
      });
      await card.getByText('Provided by Example Teaching Hospital').waitFor();
      await expect.poll(() => card.getByRole('button', { name: /Delete/ }).count()).toBe(0);
      await page.getByText('Numbers for: Ontario, Canada.').first().waitFor();
      await screenshot(page, 'reach-institution');
      const options = await managed.open('options.html', { width: 800, height: 900 });
      await options.getByText('Settings from Example Teaching Hospital are in force.').waitFor();
      // Each key in force is listed; the mistyped one is not, so IT can see it did not arrive.
      expect(
        await options
          .getByRole('list', { name: /Policy keys in force/ })
          .getByRole('listitem')
          .allTextContents(),
      ).toEqual(['contacts', 'defaultRegion', 'institutionName', 'regionLocked']);
      await expect.poll(() => options.getByRole('combobox', { name: 'Your region' }).isDisabled()).toBe(true);
    } finally {
      await managed.close();
      rmSync(file, { force: true });
    }
  });
});
