/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  askServiceWorker,
  axeViolations,
  focusedText,
  closeOffline,
  launch,
  screenshot,
  smallTargets,
  tabTo,
  type Session,
} from './harness';
import { textPattern, ui, uiPattern } from './locales';
import { openTab } from './shared-steps';

const WEEK = 7 * 86_400_000;
const BUDDY = 'Sam Lee';

/** What a person reads, from the locales. */
const l = {
  open: ui('en', 'checkIns.open'),
  weekly: ui('en', 'checkIns.rhythms.weekly'),
  save: ui('en', 'checkIns.save'),
  due: ui('en', 'checkIns.due', BUDDY),
  stop: ui('en', 'checkIns.stop'),
};
/** A line of the schedule: "name · how often · time · next: date". */
const scheduleLine = (rhythm: string, time?: string) =>
  textPattern(`${BUDDY} · ${rhythm} · `, uiPattern('en', 'checkIns.scheduled', time));
/** A weekday's name as the form lists it (the browser's Intl, in the page's language). */
const weekdayName = (day: number) =>
  new Intl.DateTimeFormat('en', { weekday: 'long' }).format(new Date(2023, 0, 1 + day));

let session: Session;

beforeAll(async () => {
  session = await launch({ timezone: 'America/Toronto' });
  await askServiceWorker(
    session,
    (name) =>
      chrome.storage.local.set({
        contacts: [{ id: 'b1', name, isBuddy: true, phone: '613 555 0199', email: 'sam@example.org' }],
      }),
    BUDDY,
  );
});
afterAll(async () => {
  await closeOffline(session);
});

interface StoredCheckIn {
  id: string;
  next: number;
  dueAt?: number;
}
const storedCheckIns = () =>
  askServiceWorker(
    session,
    async () => ((await chrome.storage.local.get('checkIns')).checkIns ?? []) as StoredCheckIn[],
  );
const checkInAlarms = () =>
  askServiceWorker(session, async () =>
    (await chrome.alarms.getAll()).filter((a) => a.name.startsWith('checkin:')),
  );

async function openReach(): Promise<Page> {
  const page = await openTab(session, ui('en', 'tabs.reach'));
  await page.getByRole('heading', { name: ui('en', 'checkIns.heading') }).waitFor();
  return page;
}

describe('buddy check-ins', () => {
  it('sets a weekly check-in with the buddy; its alarm is at the chosen day and time', async () => {
    const page = await openReach();
    await page.getByRole('button', { name: l.open }).click();
    await expect(page.getByLabel(ui('en', 'checkIns.with')).inputValue()).resolves.toBe('b1');
    await page.getByRole('radio', { name: l.weekly }).check();
    await page
      .getByLabel(ui('en', 'checkIns.weekday'), { exact: true })
      .selectOption({ label: weekdayName(2) });
    await page.getByLabel(ui('en', 'checkIns.time')).fill('08:30');
    await page.getByLabel(ui('en', 'checkIns.label')).fill('SL');
    await page.getByRole('button', { name: l.save }).click();
    // "Check-in set", with or without the note that notifications are off.
    await page
      .getByText(uiPattern('en', 'checkIns.saved'))
      .or(page.getByText(uiPattern('en', 'checkIns.savedWithoutNotifications')))
      .first()
      .waitFor();
    await page.getByText(scheduleLine(l.weekly, '08:30')).waitFor();
    await screenshot(page, 'check-in-set');

    const [alarm] = await checkInAlarms();
    const [stored] = await storedCheckIns();
    expect(alarm?.name).toBe(`checkin:${stored!.id}`);
    expect(alarm!.scheduledTime).toBe(stored!.next);
    // In the user's time zone (the page's): a Tuesday at 08:30, within the coming week.
    const local = await page.evaluate((t) => {
      const d = new Date(t);
      return [d.getDay(), d.getHours(), d.getMinutes()];
    }, alarm!.scheduledTime);
    expect(local).toEqual([2, 8, 30]);
    expect(alarm!.scheduledTime - Date.now()).toBeLessThanOrEqual(WEEK);
    await page.close();
  });

  it('rings: the due check-in shows with a one-click message, and the alarm moves a week on', async () => {
    const page = await openReach();
    // The clock reaches the check-in: its day and time become this minute, its next occurrence a
    // moment from now, and the real alarm rings the real handler. (Set in the service worker's own
    // time zone, which is the one the background counts in.)
    const ringAt = await askServiceWorker(session, async () => {
      const { checkIns } = await chrome.storage.local.get('checkIns');
      const list = checkIns as { id: string; next: number; weekday: number; time: string }[];
      const when = Date.now() + 1_500;
      const at = new Date(when);
      list[0]!.weekday = at.getDay();
      list[0]!.time = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
      list[0]!.next = when;
      await chrome.storage.local.set({ checkIns: list });
      await chrome.alarms.create(`checkin:${list[0]!.id}`, { when });
      return when;
    });
    const due = page.getByRole('heading', { name: l.due });
    await due.waitFor({ timeout: 30_000 });
    const message = ui('en', 'checkIns.message');
    const text = await page
      .getByRole('link', { name: ui('en', 'checkIns.text', BUDDY) })
      .getAttribute('href');
    expect(text).toMatch(/^sms:6135550199\?body=/);
    expect(decodeURIComponent(text!.split('body=')[1]!)).toBe(message);
    const email = await page
      .getByRole('link', { name: ui('en', 'checkIns.email', BUDDY) })
      .getAttribute('href');
    expect(email).toBe(
      `mailto:sam@example.org?subject=${encodeURIComponent(ui('en', 'contacts.defaultSubject'))}&body=${encodeURIComponent(message)}`,
    );
    const [stored] = await storedCheckIns();
    expect(stored!.dueAt).toBe(ringAt);
    // The due check-in is stored before its next alarm is set: the page can show it a moment before.
    await expect.poll(async () => (await checkInAlarms())[0]?.scheduledTime).toBe(stored!.next);
    // A week on, at the same minute (no DST change in the coming week of this test).
    expect(Math.abs(stored!.next - (ringAt + WEEK))).toBeLessThanOrEqual(61_000);
    await screenshot(page, 'check-in-due');
    await page.getByRole('button', { name: ui('en', 'checkIns.done') }).click();
    await expect.poll(() => due.count()).toBe(0);
    await page.close();
  });

  it('skips the next one once', async () => {
    const page = await openReach();
    const before = (await storedCheckIns())[0]!.next;
    await page.getByRole('button', { name: ui('en', 'checkIns.skip') }).click();
    await expect
      .poll(async () => (await storedCheckIns())[0]!.next)
      .toBeGreaterThan(before + WEEK - 3_600_001);
    await expect
      .poll(async () => (await checkInAlarms())[0]!.scheduledTime)
      .toBe((await storedCheckIns())[0]!.next);
    await page.close();
  });

  it('is still scheduled after the browser restarts, and one that fell while closed shows as due', async () => {
    const scheduled = (await checkInAlarms())[0]!.scheduledTime;
    const dir = session.profileDir;
    await session.close({ keepProfile: true });
    session = await launch({ timezone: 'America/Toronto', profileDir: dir });
    await expect.poll(async () => (await checkInAlarms()).map((a) => a.scheduledTime)).toEqual([scheduled]);
    const page = await openReach();
    await page.getByText(scheduleLine(l.weekly)).waitFor();

    // Its time passes while the browser is closed: the next start shows it as due.
    await askServiceWorker(session, async () => {
      const { checkIns } = await chrome.storage.local.get('checkIns');
      const list = checkIns as { id: string; next: number }[];
      list[0]!.next = Date.now() - 60_000;
      await chrome.storage.local.set({ checkIns: list });
      await chrome.alarms.clearAll();
    });
    await page.close();
    await session.close({ keepProfile: true });
    session = await launch({ timezone: 'America/Toronto', profileDir: dir });
    const again = await openReach();
    await again.getByRole('heading', { name: l.due }).waitFor();
    // Shown due as soon as it is stored; its next alarm is set just after.
    await expect.poll(async () => (await checkInAlarms())[0]?.scheduledTime ?? 0).toBeGreaterThan(Date.now());
    await again.close();
  });

  it('changes and stops a check-in, by keyboard', async () => {
    const page = await openReach();
    await tabTo(page, ui('en', 'checkIns.change'));
    await page.keyboard.press('Enter');
    // A radio group is one tab stop; arrows choose within it.
    await tabTo(page, l.weekly);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, l.save);
    await page.keyboard.press('Enter');
    await page.getByText(scheduleLine(ui('en', 'checkIns.rhythms.monthly'))).waitFor();
    await tabTo(page, l.stop);
    expect(await focusedText(page)).toBe(l.stop);
    await page.keyboard.press('Enter');
    await expect.poll(() => checkInAlarms()).toEqual([]);
    await expect.poll(async () => (await storedCheckIns()).length).toBe(0);
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations with the form and a due check-in (%s)',
    async (colorScheme) => {
      await askServiceWorker(session, () =>
        chrome.storage.local.set({
          checkIns: [
            {
              id: 'k9',
              contactId: 'b1',
              label: '',
              rhythm: 'biweekly',
              weekday: 3,
              dayOfMonth: 1,
              time: '12:00',
              next: Date.now() + 86_400_000,
              dueAt: Date.now() - 60_000,
            },
          ],
        }),
      );
      const page = await openReach();
      await page.emulateMedia({ colorScheme });
      await page.getByRole('heading', { name: l.due }).waitFor();
      await page.getByRole('button', { name: l.open }).click();
      expect(await axeViolations(page)).toEqual([]);
      expect(await smallTargets(page)).toEqual([]);
      await screenshot(page, `a11y-check-ins-${colorScheme}`);
      await page.close();
    },
  );
});

describe('deleting the person of a check-in', () => {
  it('asks first, then stops the check-in and its alarm with them', async () => {
    await askServiceWorker(session, () => chrome.storage.local.remove('checkIns'));
    const page = await openReach();
    await page.getByRole('button', { name: l.open }).click();
    await page.getByRole('button', { name: l.save }).click();
    await expect.poll(checkInAlarms).toHaveLength(1);
    await page.getByRole('button', { name: ui('en', 'contacts.delete', BUDDY) }).click();
    const question = page.getByText(ui('en', 'contacts.deleteQuestionCheckIns', BUDDY));
    await question.waitFor();
    expect(await question.evaluate((p) => p === document.activeElement)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await page.getByRole('button', { name: ui('en', 'contacts.keep', BUDDY) }).click();
    expect(await focusedText(page)).toBe(ui('en', 'contacts.delete', BUDDY));
    expect(await storedCheckIns()).toHaveLength(1);
    await page.getByRole('button', { name: ui('en', 'contacts.delete', BUDDY) }).click();
    await page.getByRole('button', { name: ui('en', 'contacts.deleteConfirm') }).click();
    await expect.poll(storedCheckIns).toEqual([]);
    await expect.poll(checkInAlarms).toEqual([]);
    // The check-ins go before the person (app-store's deleteContact), so wait for the page to say
    // the person is gone before looking for their card.
    await page.getByText(ui('en', 'contacts.deleted', BUDDY)).waitFor();
    await expect.poll(() => page.getByRole('heading', { name: BUDDY }).count()).toBe(0);
    expect(await focusedText(page)).toBe(ui('en', 'contacts.add'));
    await page.close();
  });
});
