/// <reference types="chrome" />
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELP_STEPS } from '../../lib/content/help';
import { regionName } from '../../lib/region/region';
import {
  askServiceWorker,
  focusedText,
  closeOffline,
  launch,
  screenshot,
  tabTo,
  type Session,
} from './harness';
import { resource, stepTitle, ui, uiCount, uiPattern } from './locales';
import { openTab } from './shared-steps';

let session: Session;
beforeAll(async () => {
  session = await launch({ timezone: 'America/Toronto' });
});
afterAll(() => closeOffline(session));

/** What a person reads, from the locales and the content. */
const l = {
  help: ui('en', 'tabs.help'),
  reach: ui('en', 'tabs.reach'),
  resources: ui('en', 'tabs.resources'),
  add: ui('en', 'contacts.add'),
  save: ui('en', 'contacts.save'),
  name: ui('en', 'contacts.fields.name'),
  isBuddy: ui('en', 'contacts.fields.isBuddy'),
  phone: ui('en', 'contacts.fields.phone'),
  email: ui('en', 'contacts.fields.email'),
  note: ui('en', 'contacts.fields.note'),
  search: ui('en', 'resources.search'),
  readPlan: ui('en', 'help.readStep', stepTitle('en', 'plan')),
  remind: ui('en', 'reminders.open'),
  setReminder: ui('en', 'reminders.setButton'),
  region: ui('en', 'options.regionLabel'),
};
/** "Reminder set for …", with or without the note that notifications are off. */
const reminderSet = new RegExp(
  [uiPattern('en', 'reminders.set'), uiPattern('en', 'reminders.setWithoutNotifications')]
    .map((pattern) => pattern.source)
    .join('|'),
);
const cancelReminder = uiPattern('en', 'reminders.cancel');

describe('Reach a peer', () => {
  it('adds a buddy in options and shows the card in the popup with working links', async () => {
    const options = await session.open('options.html', { width: 800, height: 900 });
    await options.getByRole('button', { name: l.add }).click();
    await options.getByRole('button', { name: l.save }).click();
    await options.getByText(ui('en', 'contacts.errors.nameRequired')).waitFor();
    await options.getByLabel(l.name, { exact: true }).fill('Sam Lee');
    await options.getByLabel(l.isBuddy).check();
    await options.getByLabel(l.phone).fill('613 555 0199');
    await options.getByLabel(l.email).fill('sam@example.org');
    await options.getByLabel(l.note).fill('On call Tuesdays');
    await options.getByRole('button', { name: l.save }).click();
    await options.getByRole('heading', { name: /Sam Lee/ }).waitFor();
    await screenshot(options, 'options-contacts-en');
    await options.close();

    const page = await openTab(session, l.reach);
    const card = page.locator('article', { has: page.getByRole('heading', { name: /Sam Lee/ }) });
    await expect(
      card.getByRole('link', { name: ui('en', 'contacts.call', '613 555 0199') }).getAttribute('href'),
    ).resolves.toBe('tel:6135550199');
    await expect(
      card.getByRole('link', { name: ui('en', 'contacts.text', '613 555 0199') }).getAttribute('href'),
    ).resolves.toBe('sms:6135550199');
    await expect(
      card.getByRole('link', { name: ui('en', 'contacts.email', 'sam@example.org') }).getAttribute('href'),
    ).resolves.toBe(
      `mailto:sam@example.org?subject=${encodeURIComponent(ui('en', 'contacts.defaultSubject'))}`,
    );
    await card.getByText(ui('en', 'contacts.buddyBadge')).waitFor();
    await screenshot(page, 'reach-buddy-en');
    await page.close();
  });

  it('edits a contact on the card itself', async () => {
    const page = await openTab(session, l.reach);
    await page.getByRole('button', { name: ui('en', 'contacts.edit', 'Sam Lee') }).click();
    await page.getByLabel(l.phone).fill('613-555-0142');
    await page.getByRole('button', { name: l.save }).click();
    await expect(
      page.getByRole('link', { name: ui('en', 'contacts.call', '613-555-0142') }).getAttribute('href'),
    ).resolves.toBe('tel:6135550142');
    await page.close();
  });

  it('shows the Faculty Wellness Program in Ontario (Ottawa) with its phone one click away (issue 18)', async () => {
    const page = await openTab(session, l.reach);
    const fwp = resource('uottawa-faculty-wellness');
    const card = page.locator('article', { has: page.getByRole('heading', { name: fwp.name.en }) });
    // The region's programs load with Reach: wait for the card before counting its links.
    await card.locator('a[href="tel:6135625211"]').first().waitFor();
    await expect(card.locator('a[href="tel:6135625211"]').count()).resolves.toBe(1);
    await page.close();
  });

  it('renders a contact name made of markup as text, running nothing', async () => {
    const markup = '<img src=x onerror=alert(1)>';
    const page = await openTab(session, l.reach);
    await page.getByRole('button', { name: l.add }).click();
    await page.getByLabel(l.name, { exact: true }).fill(markup);
    await page.getByLabel(l.phone).fill('911');
    await page.getByRole('button', { name: l.save }).click();
    await page.getByRole('heading', { name: markup }).waitFor();
    await expect.poll(() => page.locator('img').count()).toBe(0);
    await page.getByRole('button', { name: ui('en', 'contacts.delete', markup) }).click();
    // Deleting asks first, naming the person: the name is still text there.
    await page.getByText(ui('en', 'contacts.deleteQuestion', markup)).waitFor();
    expect(await page.locator('img').count()).toBe(0);
    await page.getByRole('button', { name: ui('en', 'contacts.deleteConfirm') }).click();
    await expect.poll(() => page.getByRole('heading', { name: markup }).count()).toBe(0);
    await page.close();
  });
});

describe('Resources', () => {
  it('finds PARO and, with accents or without, “médecins”', async () => {
    const page = await openTab(session, l.resources, { path: 'sidepanel.html', width: 800, height: 900 });
    const search = page.getByRole('searchbox', { name: l.search });
    await search.fill('PARO');
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContain(uiCount('en', 'resources.count', 1));
    const [paroLine] = resource('paro-helpline').lines;
    await expect(
      page
        .getByRole('link', { name: ui('en', 'programs.call', paroLine!.display, paroLine!.note.en) })
        .getAttribute('href'),
    ).resolves.toBe('tel:18664357362');
    await screenshot(page, 'resources-paro');
    await search.fill('médecins');
    const withAccent = await page.locator('.resource h3').allTextContents();
    await search.fill('medecins');
    expect(await page.locator('.resource h3').allTextContents()).toEqual(withAccent);
    expect(withAccent).toContain(resource('oma-php').name.en);
    await page.close();
  });

  it('works by keyboard: arrows to the tab, type to search', async () => {
    const page = await session.open('popup.html');
    await page.getByRole('heading', { level: 2 }).waitFor();
    await tabTo(page, l.help);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedText(page)).toBe(l.resources);
    await tabTo(page, l.search);
    await page.keyboard.type('CMPA');
    await expect(page.locator('.resource h3').allTextContents()).resolves.toEqual([resource('cmpa').name.en]);
    await page.close();
  });
});

describe('Follow-up reminders', () => {
  it('sets a reminder from the Plan step, lists it with its alarm, and cancels it', async () => {
    const page = await session.open('popup.html');
    await page.getByRole('button', { name: l.readPlan }).click();
    await page.getByRole('button', { name: l.remind }).click();
    await page.getByRole('radio', { name: ui('en', 'reminders.choices.week') }).check();
    await page.getByLabel(ui('en', 'reminders.label')).fill('JS');
    await page.getByRole('button', { name: l.setReminder }).click();
    await page.getByText(reminderSet).waitFor();
    await page.getByText(/· JS/).waitFor();
    const alarms = await askServiceWorker(session, () => chrome.alarms.getAll());
    expect(alarms.map((a) => a.name)).toEqual([expect.stringMatching(/^reminder:/)]);
    expect(alarms[0]!.scheduledTime).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    await screenshot(page, 'plan-reminder-set');
    await page.getByRole('button', { name: cancelReminder }).click();
    await expect.poll(() => page.getByText(/· JS/).count()).toBe(0);
    await expect.poll(() => askServiceWorker(session, () => chrome.alarms.getAll())).toEqual([]);
    await page.close();
  });

  it('opens HELP’s Plan step from a reminder’s notification link', async () => {
    const page = await session.open('sidepanel.html#plan', { width: 800, height: 900 });
    const plan = String(HELP_STEPS.findIndex((step) => step.id === 'plan') + 1);
    await page.getByText(ui('en', 'help.stepOf', plan, String(HELP_STEPS.length))).waitFor();
    await page.getByRole('button', { name: l.remind }).waitFor();
    await page.close();
  });

  it('keeps reminders across a browser restart', async () => {
    const dir = session.profileDir;
    const page = await session.open('popup.html');
    await page.getByRole('button', { name: l.readPlan }).click();
    await page.getByRole('button', { name: l.remind }).click();
    await page.getByRole('button', { name: l.setReminder }).click();
    await page.getByText(reminderSet).waitFor();
    await session.close({ keepProfile: true });
    session = await launch({ timezone: 'America/Toronto', profileDir: dir });
    const again = await session.open('popup.html');
    await again.getByRole('button', { name: l.readPlan }).click();
    await again.getByRole('button', { name: cancelReminder }).waitFor();
    await expect
      .poll(() => askServiceWorker(session, () => chrome.alarms.getAll().then((a) => a.length)))
      .toBe(1);
    await again.getByRole('button', { name: cancelReminder }).click();
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
    const institution = 'Example Teaching Hospital';
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(
      file,
      JSON.stringify({
        '3rdparty': {
          extensions: {
            [session.extensionId]: {
              institutionName: institution,
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
      const page = await openTab(managed, l.reach);
      const card = page.locator('article', {
        has: page.getByRole('heading', { name: 'Peer support office' }),
      });
      await card.getByText(ui('en', 'contacts.providedBy', institution)).waitFor();
      await expect
        .poll(() => card.getByRole('button', { name: uiPattern('en', 'contacts.delete') }).count())
        .toBe(0);
      await page
        .getByText(ui('en', 'urgent.regionNote', regionName('CA-ON', 'en')))
        .first()
        .waitFor();
      await screenshot(page, 'reach-institution');
      const options = await managed.open('options.html', { width: 800, height: 900 });
      await options.getByText(ui('en', 'options.institutionActive', institution)).waitFor();
      // Each key in force is listed; the mistyped one is not, so IT can see it did not arrive.
      expect(
        await options
          .getByRole('list', { name: ui('en', 'options.institutionKeys') })
          .getByRole('listitem')
          .allTextContents(),
      ).toEqual(['contacts', 'defaultRegion', 'institutionName', 'regionLocked']);
      await expect.poll(() => options.getByRole('combobox', { name: l.region }).isDisabled()).toBe(true);
    } finally {
      await managed.close();
      rmSync(file, { force: true });
    }
  });

  // docs/deploy.md tells IT to pin the toolbar button with ExtensionSettings' toolbar_pin. Written for
  // issue 19 but not yet run (it writes /etc, which the machine it was written on shares): unverified.
  it('keeps the toolbar button pinned when ExtensionSettings says force_pinned', async () => {
    const file = `${POLICY_DIR}/been-there-e2e-pin.json`;
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(
      file,
      JSON.stringify({ ExtensionSettings: { [session.extensionId]: { toolbar_pin: 'force_pinned' } } }),
    );
    const managed = await launch();
    try {
      const settings = await askServiceWorker(managed, () => chrome.action.getUserSettings());
      expect(settings.isOnToolbar).toBe(true);
    } finally {
      await managed.close();
      rmSync(file, { force: true });
    }
  });
});
