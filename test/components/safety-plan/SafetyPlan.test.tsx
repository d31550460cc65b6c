import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../components/app/App';
import { PLAN_GUIDES } from '../../../lib/content/safety-plan';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { settingsStorage } from '../../../lib/settings/settings.browser';
import { renderWithStore } from '../../helpers';
import { fastKeyDerivation, PASS, turnOnJournal } from '../journal/journal-steps';
import { openSigns, tick } from '../signs/signs-steps';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  fastKeyDerivation();
});

const type = (label: string, value: string, root: HTMLElement = document.body) =>
  fireEvent.input(within(root).getByLabelText(label, { exact: true }), { target: { value } });

const part = (id: keyof typeof PLAN_GUIDES) =>
  within(screen.getByRole('navigation', { name: 'Parts of my plan' })).getByRole('button', {
    name: new RegExp(PLAN_GUIDES[id].title.en),
  });

describe('my safety plan', () => {
  it('opens from the journal with the crisis line and 911 first, each part one click away', async () => {
    renderWithStore(<App surface="sidepanel" />);
    await turnOnJournal();
    fireEvent.click(screen.getByRole('button', { name: 'My safety plan' }));
    const plan = await screen.findByRole('region', { name: 'My safety plan' });
    const links = within(plan)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    expect(links.slice(0, 3)).toEqual(['tel:988', 'sms:988', 'tel:911']);
    expect(plan.textContent).toContain('not a crisis service');
    expect(plan.textContent).toContain('it does not stand in for it');
    // Seven parts: the six steps, numbered, and the reasons.
    const parts = within(screen.getByRole('navigation', { name: 'Parts of my plan' })).getAllByRole('button');
    expect(parts.map((b) => b.textContent)).toEqual([
      '1My warning signs',
      '2Things I can do on my own',
      '3People and places that take my mind off things',
      '4People I can ask for help',
      '5Professionals and lines',
      '6Making my surroundings safer',
      'Reasons to keep going',
    ]);
    expect(part('warningSigns').getAttribute('aria-current')).toBe('step');
    await screen.findByText(PLAN_GUIDES.warningSigns.purpose.en);

    // A person typed in step 4: one click to call or text.
    fireEvent.click(part('askForHelp'));
    expect(part('askForHelp').getAttribute('aria-current')).toBe('step');
    type('Name', 'Sam');
    type('Phone number', 'call me');
    fireEvent.submit(screen.getByRole('button', { name: 'Add' }).closest('form')!);
    expect(
      screen.getByText('Enter a phone number using digits, spaces, dashes or a leading +.'),
    ).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Call Sam' })).toBeNull();
    type('Phone number', '(613) 555-0100');
    fireEvent.submit(screen.getByRole('button', { name: 'Add' }).closest('form')!);
    expect(screen.getByRole('link', { name: 'Call Sam' }).getAttribute('href')).toBe('tel:6135550100');
    expect(screen.getByRole('link', { name: 'Text Sam' }).getAttribute('href')).toBe('sms:6135550100');
    await screen.findByText('Saved, encrypted.', {}, { timeout: 3_000 });

    // Lock from the plan: nothing of it stays on screen.
    fireEvent.click(screen.getByRole('button', { name: 'Lock' }));
    await screen.findByText('The journal is locked.');
    expect(document.body.textContent).not.toContain('Sam');
  });

  it('shows a picked line’s number as the product writes it, on screen and in print', async () => {
    await settingsStorage.save({ ...DEFAULT_SETTINGS, region: 'CA-ON', role: 'resident' });
    const { store } = renderWithStore(<App surface="sidepanel" />);
    await store.start();
    await turnOnJournal();
    fireEvent.click(screen.getByRole('button', { name: 'My safety plan' }));
    await screen.findByRole('region', { name: 'My safety plan' });
    fireEvent.click(part('professionals'));
    await screen.findByLabelText('Add a physician line');
    // As picking PARO's line stores it: its display holds letters the plan's schema refuses, so digits.
    store.journal.plan.value!.edit((plan) => ({
      ...plan,
      steps: {
        ...plan.steps,
        professionals: {
          ...plan.steps.professionals,
          people: [
            { from: 'line', ref: 'paro-helpline', name: 'PARO Distress Helpline', phone: '18664357362' },
          ],
        },
      },
    }));
    const person = (await screen.findByRole('link', { name: /^Call .*PARO/ })).closest('li')!;
    expect(person.textContent).toContain('1-866-HELP-DOC');
    expect(person.textContent).not.toContain('18664357362');
    expect(within(person).getByRole('link', { name: /^Call/ }).getAttribute('href')).toBe('tel:18664357362');

    Object.assign(window, { print: () => undefined });
    fireEvent.click(screen.getByRole('button', { name: 'Print pocket size' }));
    const printed = await waitFor(() => document.querySelector('.plan-print')!);
    expect(printed.textContent).toContain('1-866-HELP-DOC');
    expect(printed.textContent).not.toContain('18664357362');
  });

  it('asked for before the journal is on, it says where the plan is kept', async () => {
    renderWithStore(<App surface="popup" />);
    await openSigns();
    fireEvent.click(screen.getByRole('button', { name: 'Myself' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open my safety plan' }));
    await screen.findByText(
      'Your safety plan is kept in the journal, encrypted. Turn the journal on to make one.',
    );
    expect(screen.getByRole('button', { name: 'Turn on the journal' })).toBeTruthy();
  });

  it('the myself urgent block offers it after the lines, and asks to unlock first', async () => {
    renderWithStore(<App surface="popup" />);
    await turnOnJournal();
    fireEvent.click(screen.getByRole('button', { name: 'Lock' }));
    await screen.findByText('The journal is locked.');
    await openSigns();
    fireEvent.click(screen.getByRole('button', { name: 'Myself' }));
    // Outside the red flags too, in Myself mode.
    expect(screen.getAllByRole('button', { name: 'Open my safety plan' })).toHaveLength(1);
    tick('I have a plan, or I have been getting the means');
    const alert = screen.getByRole('alert');
    const open = within(alert).getByRole('button', { name: 'Open my safety plan' });
    const dial = within(alert).getAllByRole('link');
    expect(dial.map((a) => a.getAttribute('href'))).toEqual(['tel:988', 'sms:988', 'tel:911']);
    for (const link of dial)
      expect(link.compareDocumentPosition(open) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.click(open);
    await screen.findByText(
      'Your safety plan is kept in the journal, encrypted. Unlock it to open the plan.',
    );
    type('Passphrase', PASS);
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await screen.findByRole('region', { name: 'My safety plan' });
    await waitFor(() => expect(screen.getByLabelText('In my words, one per line')).toBeTruthy());
  });

  it('is not offered where the institution turned the journal off; the lines still are', async () => {
    Object.assign(fakeBrowser.storage.managed, { get: async () => ({ journalAllowed: false }) });
    const { store } = renderWithStore(<App surface="popup" />);
    await store.start();
    await openSigns();
    fireEvent.click(screen.getByRole('button', { name: 'Myself' }));
    tick('I have a plan, or I have been getting the means');
    await waitFor(() => expect(store.policy.value?.journalAllowed).toBe(false));
    expect(screen.queryByRole('button', { name: 'Open my safety plan' })).toBeNull();
    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['tel:988', 'sms:988', 'tel:911']);
  });
});
