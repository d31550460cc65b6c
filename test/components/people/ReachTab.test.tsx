import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../components/app/App';
import { OptionsApp } from '../../../components/settings/OptionsApp';
import { checkInsStorage } from '../../../lib/check-ins/check-ins.browser';
import { contactsStorage } from '../../../lib/people/contacts.browser';
import { renderWithStore } from '../../helpers';

const openTab = async (name: string, heading: string) => {
  fireEvent.click(screen.getByRole('tab', { name }));
  await screen.findByRole('heading', { level: 2, name: heading });
};
const type = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('Reach', () => {
  it('adds a buddy with a clear message for each bad field, then shows working links', async () => {
    renderWithStore(<App surface="popup" />);
    await openTab('Reach', 'Reach a peer');
    fireEvent.click(screen.getByRole('button', { name: 'Add a person' }));
    // The button is gone with the form's opening: focus goes to its first field, not to the page.
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));
    type('Phone', 'call me');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Enter a name.')).toBeTruthy();
    expect(
      screen.getByText('Enter a phone number using digits, spaces, dashes or a leading +.'),
    ).toBeTruthy();
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');
    type('Name', 'Sam Lee');
    fireEvent.click(screen.getByLabelText('This is my buddy'));
    type('Phone', '(613) 555-0199');
    type('Email', 'sam@example.org');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const card = (await screen.findByRole('heading', { name: /Sam Lee/ })).closest('article')!;
    // Saved: focus is back on the button that opened the form.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a person' })),
    );
    expect(within(card).getByText('My buddy')).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Call (613) 555-0199' }).getAttribute('href')).toBe(
      'tel:6135550199',
    );
    expect(within(card).getByRole('link', { name: 'Text (613) 555-0199' }).getAttribute('href')).toBe(
      'sms:6135550199',
    );
    expect(within(card).getByRole('link', { name: 'Email sam@example.org' }).getAttribute('href')).toBe(
      'mailto:sam@example.org?subject=Touching%20base',
    );
    fireEvent.input(within(card).getByLabelText('Email subject'), { target: { value: 'Coffee?' } });
    expect(within(card).getByRole('link', { name: /Email/ }).getAttribute('href')).toBe(
      'mailto:sam@example.org?subject=Coffee%3F',
    );
    expect((await contactsStorage.load()).map((c) => c.name)).toEqual(['Sam Lee']);
  });

  it('says when the contacts could not be read, not that there is no one, and reads them on Try again', async () => {
    await contactsStorage.save([{ id: 'x', name: 'Sam Lee', isBuddy: false, phone: '613 555 0199' }]);
    let refusals = 2;
    const people = async () => {
      if (refusals-- > 0) throw new Error('storage unavailable');
      return (await import('../../../lib/people/people.browser')).people;
    };
    const { store } = renderWithStore(<App surface="popup" />, { platform: { people } });
    await store.start();
    await openTab('Reach', 'Reach a peer');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This part of Been There could not be loaded.');
    expect(screen.queryByText('No one here yet.', { exact: false })).toBeNull();
    const again = within(alert).getByRole('button', { name: 'Try again' });
    again.focus();
    // Refused again: new words, so the alert is read out again; focus stays on the button.
    fireEvent.click(again);
    await waitFor(() =>
      expect(alert.textContent).toContain('It still could not be loaded (2 tries). Try again in a moment.'),
    );
    expect(document.activeElement).toBe(again);
    fireEvent.click(again);
    expect(await screen.findByRole('heading', { name: 'Sam Lee' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    // Focus did not fall to the page with the button: it is on "Add a person".
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a person' }));
  });

  it('renders a name that looks like markup as plain text', async () => {
    await contactsStorage.save([
      { id: 'x', name: '<img src=x onerror=alert(1)>', isBuddy: false, phone: '911' },
    ]);
    const { store } = renderWithStore(<App surface="popup" />);
    await store.start();
    await openTab('Reach', 'Reach a peer');
    expect(await screen.findByRole('heading', { name: '<img src=x onerror=alert(1)>' })).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('asks before deleting a person, and their check-ins stop with them', async () => {
    await contactsStorage.save([
      { id: 'sam', name: 'Sam Lee', isBuddy: true, phone: '613 555 0199' },
      { id: 'ben', name: 'Ben Roy', isBuddy: false, phone: '613 555 0142' },
    ]);
    const weekly = { rhythm: 'weekly', weekday: 1, dayOfMonth: 1, time: '09:00', label: '' } as const;
    await checkInsStorage.put({ ...weekly, id: 'k-sam', contactId: 'sam', next: Date.now() + 86_400_000 });
    await checkInsStorage.put({ ...weekly, id: 'k-ben', contactId: 'ben', next: Date.now() + 86_400_000 });
    const { store } = renderWithStore(<App surface="popup" />);
    await store.start();
    await openTab('Reach', 'Reach a peer');
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Sam Lee' }));
    const question = await screen.findByText(
      'Delete Sam Lee from your people? Your check-ins with them stop too.',
    );
    expect(document.activeElement).toBe(question);
    fireEvent.click(screen.getByRole('button', { name: 'Keep Sam Lee' }));
    expect(screen.getByRole('heading', { name: /Sam Lee/ })).toBeTruthy();
    // Keep: focus goes back to where it was, on Delete.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete Sam Lee' }));
    expect((await checkInsStorage.load()).map((c) => c.id).sort()).toEqual(['k-ben', 'k-sam']);

    fireEvent.click(screen.getByRole('button', { name: 'Delete Sam Lee' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: /Sam Lee/ })).toBeNull());
    // The card is gone: the list says so, and focus waits on Add a person, not lost to the page.
    expect(await screen.findByText('Sam Lee was deleted.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a person' }));
    expect((await contactsStorage.load()).map((c) => c.name)).toEqual(['Ben Roy']);
    await waitFor(async () => expect((await checkInsStorage.load()).map((c) => c.id)).toEqual(['k-ben']));
  });

  /**
   * Sam (a buddy, with a check-in and its alarm), in a store whose contacts write is refused:
   * `beforeRefusal` runs first (another page's change, say).
   */
  async function samWithRefusedDelete(
    options: { refuseRestore?: boolean; beforeRefusal?: () => Promise<void> } = {},
  ) {
    await contactsStorage.save([{ id: 'sam', name: 'Sam Lee', isBuddy: true, phone: '613 555 0199' }]);
    const weekly = { rhythm: 'weekly', weekday: 1, dayOfMonth: 1, time: '09:00', label: '' } as const;
    await checkInsStorage.put({ ...weekly, id: 'k-sam', contactId: 'sam', next: Date.now() + 86_400_000 });
    const { people: real } = await import('../../../lib/people/people.browser');
    const full = () => Promise.reject(new Error('QuotaExceededError'));
    const people = async () => ({
      ...real,
      contacts: {
        ...real.contacts,
        update: async () => {
          await options.beforeRefusal?.();
          return full();
        },
      },
      checkIns: options.refuseRestore ? { ...real.checkIns, restore: full } : real.checkIns,
    });
    const { store } = renderWithStore(<App surface="popup" />, { platform: { people } });
    await store.start();
    await openTab('Reach', 'Reach a peer');
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Sam Lee' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, delete' }));
    return store;
  }

  it('a refused delete keeps the person and puts their check-in back, alarm and all', async () => {
    await samWithRefusedDelete();
    expect(
      await screen.findByText('Could not delete, perhaps because this device is full. Try again.'),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Sam Lee/ })).toBeTruthy();
    expect((await checkInsStorage.load()).map((c) => c.id)).toEqual(['k-sam']);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual([
      expect.stringContaining('k-sam'),
    ]);
  });

  it('runs one delete at a time: a second click while the first runs does nothing', async () => {
    let tries = 0;
    await samWithRefusedDelete({ beforeRefusal: async () => void (tries += 1) });
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(
      await screen.findByText('Could not delete, perhaps because this device is full. Try again.'),
    ).toBeTruthy();
    expect(tries).toBe(1);
    expect((await checkInsStorage.load()).map((c) => c.id)).toEqual(['k-sam']);
  });

  it('says so when a refused delete could not put the check-ins back either', async () => {
    await samWithRefusedDelete({ refuseRestore: true });
    expect(
      await screen.findByText(
        'Could not delete, perhaps because this device is full. Your check-ins with them have stopped anyway: try again, or set them up again if you keep Sam Lee.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Sam Lee/ })).toBeTruthy();
    expect(await checkInsStorage.load()).toEqual([]);
  });

  it('puts no check-in back for a person another page deleted meanwhile, and says deleted', async () => {
    await samWithRefusedDelete({ beforeRefusal: () => contactsStorage.save([]) });
    // Refused here, but Sam is gone all the same: no check-in comes back.
    expect(await screen.findByText('Sam Lee was deleted.')).toBeTruthy();
    expect(await checkInsStorage.load()).toEqual([]);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('a check-in alarm the browser will not clear does not stop the delete', async () => {
    await contactsStorage.save([{ id: 'sam', name: 'Sam Lee', isBuddy: true, phone: '613 555 0199' }]);
    const weekly = { rhythm: 'weekly', weekday: 1, dayOfMonth: 1, time: '09:00', label: '' } as const;
    await checkInsStorage.put({ ...weekly, id: 'k-sam', contactId: 'sam', next: Date.now() + 86_400_000 });
    vi.spyOn(fakeBrowser.alarms, 'clear').mockRejectedValue(new Error('alarms unavailable'));
    const { store } = renderWithStore(<App surface="popup" />);
    await store.start();
    await openTab('Reach', 'Reach a peer');
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Sam Lee' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, delete' }));
    expect(await screen.findByText('Sam Lee was deleted.')).toBeTruthy();
    expect(await checkInsStorage.load()).toEqual([]);
  });

  it('keeps one buddy: a new buddy replaces the old one, and the form says so first', async () => {
    await contactsStorage.save([{ id: 'sam', name: 'Sam Lee', isBuddy: true, phone: '613 555 0199' }]);
    const { store } = renderWithStore(<App surface="popup" />);
    await store.start();
    await openTab('Reach', 'Reach a peer');
    await screen.findByRole('heading', { name: /Sam Lee/ });
    fireEvent.click(screen.getByRole('button', { name: 'Add a person' }));
    type('Name', 'Ben Roy');
    type('Phone', '613 555 0142');
    expect(screen.queryByText('Sam Lee will no longer be marked as your buddy.')).toBeNull();
    fireEvent.click(screen.getByLabelText('This is my buddy'));
    expect(screen.getByText('Sam Lee will no longer be marked as your buddy.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await contactsStorage.load()).map((c) => [c.name, c.isBuddy])).toEqual([
        ['Sam Lee', false],
        ['Ben Roy', true],
      ]),
    );
  });

  it('shows institution contacts as provided by the institution, with no delete', async () => {
    Object.assign(fakeBrowser.storage.managed, {
      get: async () => ({
        institutionName: 'TOH',
        contacts: [{ name: 'Peer office', phone: '613 555 0100' }],
      }),
    });
    const { store } = renderWithStore(<App surface="popup" />);
    await store.start();
    await openTab('Reach', 'Reach a peer');
    const card = (await screen.findByRole('heading', { name: 'Peer office' })).closest('article')!;
    expect(within(card).getByText('Provided by TOH')).toBeTruthy();
    expect(within(card).queryByRole('button', { name: /Delete/ })).toBeNull();
  });

  it('lists the Ottawa peer-support programs with what peer support is and is not, and its limits', async () => {
    renderWithStore(<App surface="popup" />, { timeZone: 'America/Toronto' });
    await openTab('Reach', 'Reach a peer');
    for (const name of [
      'Resident Peer Support Program (uOttawa)',
      'The Ottawa Hospital Peer Mentoring Program',
    ]) {
      const card = screen.getByRole('heading', { name }).closest('article')!;
      expect(within(card).getByText('Not therapy or counselling.')).toBeTruthy();
      expect(
        within(card).getByText('A safe space to talk about emotions with a colleague who can empathize.'),
      ).toBeTruthy();
      expect(within(card).getByText(/disclosed in legal proceedings/)).toBeTruthy();
    }
    const resident = screen.getByRole('heading', { name: /^Resident Peer Support/ }).closest('article')!;
    expect(within(resident).getByText(/or the PGME office/)).toBeTruthy();
  });
});

describe('The founding programs in Resources', () => {
  it('shows the Faculty Wellness Program as offering counselling, and the PGME program on its own card', async () => {
    renderWithStore(<App surface="popup" />, { timeZone: 'America/Toronto' });
    await openTab('Resources', 'Resources');
    const fwp = screen
      .getByRole('heading', { name: 'Faculty Wellness Program (uOttawa)' })
      .closest('article')!;
    expect(within(fwp).getByText(/Offers counselling/)).toBeTruthy();
    expect(within(fwp).queryByText('Not therapy or counselling.')).toBeNull();
    expect(
      within(fwp)
        .getByRole('link', { name: /^Call 613-562-5211/ })
        .getAttribute('href'),
    ).toBe('tel:6135625211');
    const wellbeing = screen
      .getByRole('heading', { name: 'Well-being Program for Physicians-in-Training (uOttawa)' })
      .closest('article')!;
    expect(
      within(wellbeing)
        .getByRole('link', { name: 'Well-being Program for Physicians-in-Training (uOttawa) on uottawa.ca' })
        .getAttribute('href'),
    ).toMatch(/well-being-program-physicians-training$/);
  });
});

describe('Resources', () => {
  it('searches as you type, ignoring accents, and filters by kind', async () => {
    renderWithStore(<App surface="sidepanel" />, { timeZone: 'America/Toronto' });
    await openTab('Resources', 'Resources');
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search resources' }), {
      target: { value: 'PARO' },
    });
    expect(screen.getByRole('status').textContent).toBe('1 resource');
    const paro = screen
      .getByRole('heading', { level: 3, name: 'PARO Distress Helpline' })
      .closest('article')!;
    // Its page is on another organisation's site: the link names that site, not "PARO's website".
    expect(
      within(paro).getByRole('link', { name: 'PARO Distress Helpline on welldoccanada.org' }),
    ).toBeTruthy();
    expect(within(paro).queryByRole('link', { name: /website/ })).toBeNull();
    // Whom it serves and when, as on the urgent block's lines.
    expect(paro.querySelector('.program-who')!.textContent).toMatch(/^For: .*resident.*When: 24/i);
    // Said once: not "open 24/7" in the line above as well.
    expect(paro.querySelector('.hint')!.textContent).not.toContain('24');
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'medecins' } });
    expect(screen.getByRole('heading', { level: 3, name: 'OMA Physician Health Program' })).toBeTruthy();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind' }), { target: { value: 'medico-legal' } });
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'CMPA physician advisors',
    ]);
  });
});

describe('Resources search and the institution’s own entries', () => {
  it('finds the institution’s entry by its name and counts it; another kind or word hides it', async () => {
    // Set, not a replaced get(): the fake browser's reset clears it for the next test.
    await fakeBrowser.storage.managed.set({
      institutionName: 'Example Hospital',
      extraResources: [{ name: 'Staff EAP', about: 'Counselling for staff.', kind: 'counselling' }],
    });
    const { store } = renderWithStore(<App surface="popup" />, { timeZone: 'America/Toronto' });
    await store.start();
    await openTab('Resources', 'Resources');
    const search = screen.getByRole('searchbox', { name: 'Search resources' });
    fireEvent.input(search, { target: { value: 'staff eap' } });
    expect(screen.getByRole('heading', { name: 'Staff EAP' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('1 resource');
    fireEvent.input(search, { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind' }), { target: { value: 'crisis' } });
    expect(screen.queryByRole('heading', { name: 'Staff EAP' })).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind' }), { target: { value: 'counselling' } });
    expect(screen.getByRole('heading', { name: 'Staff EAP' })).toBeTruthy();
    fireEvent.input(search, { target: { value: 'zzzz' } });
    expect(screen.queryByRole('heading', { name: 'Staff EAP' })).toBeNull();
    // A need typed as a person would say it finds the institution's own counselling too.
    fireEvent.input(search, { target: { value: 'burnout' } });
    expect(screen.getByRole('heading', { name: 'Staff EAP' })).toBeTruthy();
  });

  it.each([
    [{}, 'Ressources de votre établissement'],
    [{ institutionName: 'Hôpital Montfort' }, 'Ressources de l’établissement\u00a0: Hôpital Montfort'],
  ])('heads the institution’s entries in French, with or without its name (%o)', async (named, heading) => {
    await fakeBrowser.storage.managed.set({ ...named, extraResources: [{ name: 'PAE du personnel' }] });
    const { store } = renderWithStore(<App surface="popup" />, { locale: 'fr' });
    await store.start();
    await openTab('Ressources', 'Ressources');
    expect(await screen.findByRole('heading', { name: heading })).toBeTruthy();
  });
});

describe('Resources search that finds nothing', () => {
  it('says what to try, and each suggestion finds something; Clear the search goes back to the list, focused', async () => {
    renderWithStore(<App surface="popup" />, { timeZone: 'America/Toronto' });
    await openTab('Resources', 'Resources');
    const search = screen.getByRole('searchbox', { name: 'Search resources' });
    const browsing = screen.getAllByRole('heading', { level: 3 }).length;
    expect(screen.queryByRole('button', { name: 'Clear the search' })).toBeNull();
    fireEvent.input(search, { target: { value: 'zzzz' } });
    // The hint is in the status, read out with it.
    const hint = screen.getByText(/^Try the name of a program or a place/).textContent!.trim();
    expect(screen.getByRole('status').textContent).toBe(`No resources match. ${hint}`);
    for (const suggestion of hint.split(': ')[1]!.replace(/\.$/, '').split(', ')) {
      fireEvent.input(search, { target: { value: suggestion } });
      expect(screen.getAllByRole('heading', { level: 3 }).length, suggestion).toBeGreaterThan(0);
    }
    fireEvent.input(search, { target: { value: 'zzzz' } });
    fireEvent.click(screen.getByRole('button', { name: 'Clear the search' }));
    expect((search as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(search);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(browsing);
    // A kind chosen may be why nothing matched: Clear the search goes back to every kind too.
    const kind = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Kind' });
    fireEvent.change(kind, { target: { value: 'crisis' } });
    fireEvent.input(search, { target: { value: 'burnout' } });
    expect(screen.queryAllByRole('heading', { level: 3 })).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Clear the search' }));
    expect(kind.value).toBe('all');
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(browsing);
  });
});

describe('Resources search from another province', () => {
  it('finds PARO from British Columbia, labelled Ontario; browsing stays in BC', async () => {
    const { store } = renderWithStore(<App surface="popup" />, { timeZone: 'America/Vancouver' });
    await store.start();
    await openTab('Resources', 'Resources');
    const regions = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Include other regions' });
    expect(screen.queryByRole('heading', { name: 'PARO Distress Helpline' })).toBeNull();
    expect(regions.disabled).toBe(false);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search resources' }), {
      target: { value: 'PARO' },
    });
    const card = screen.getByRole('heading', { name: 'PARO Distress Helpline' }).closest('article')!;
    expect(card.querySelector('.hint')!.textContent).toMatch(/· Ontario/);
    expect(regions.disabled).toBe(true);
    expect(screen.getByText('A search looks in every region, yours first.')).toBeTruthy();
  });
});

describe('HELP acts on Link and Plan', () => {
  it('opens Reach and Resources from the Link step', async () => {
    renderWithStore(<App surface="popup" />);
    fireEvent.click(screen.getByRole('button', { name: 'Read step Link' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reach' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Reach a peer' })).toBeTruthy();
  });

  it('sets a reminder from the Plan step, lists it, and cancels it', async () => {
    const { store } = renderWithStore(<App surface="popup" />);
    await store.start();
    fireEvent.click(screen.getByRole('button', { name: 'Read step Plan' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Remind me to check in' }));
    // The chosen time, as the keyboard enters the group, not the first one.
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Tomorrow morning' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remind me to check in' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remind me to check in' }));
    fireEvent.click(screen.getByRole('radio', { name: 'In 3 days' }));
    type('Label (optional)', 'JS');
    fireEvent.click(screen.getByRole('button', { name: 'Set reminder' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Reminder set for/));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remind me to check in' }));
    expect(screen.getByText(/· JS/)).toBeTruthy();
    expect((await fakeBrowser.alarms.getAll()).length).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: /^Cancel reminder for/ }));
    await waitFor(() => expect(screen.queryByText(/· JS/)).toBeNull());
    // The list goes first, then the alarm (a refused cancel leaves both).
    await waitFor(async () => expect(await fakeBrowser.alarms.getAll()).toEqual([]));
  });
});

describe('Options', () => {
  it('says an invalid institution policy is ignored, and keeps working', async () => {
    Object.assign(fakeBrowser.storage.managed, { get: async () => ({ defaultRegion: 'Atlantis' }) });
    const { store } = renderWithStore(<OptionsApp />, { timeZone: 'America/Vancouver' });
    await store.start();
    expect((await screen.findByRole('alert')).textContent).toContain('could not be used and are ignored');
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Your region' }).value).toBe('CA-BC');
  });

  it('locks the region when the institution says so', async () => {
    Object.assign(fakeBrowser.storage.managed, {
      get: async () => ({ institutionName: 'TOH', defaultRegion: 'CA-ON', regionLocked: true }),
    });
    const { store } = renderWithStore(<OptionsApp />, { timeZone: 'America/Vancouver' });
    await store.start();
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Your region' });
    await waitFor(() => expect(select.value).toBe('CA-ON'));
    expect(select.disabled).toBe(true);
    expect(screen.getByText('Set by your institution (TOH); only it can change this.')).toBeTruthy();
  });

  it.each([
    ['en', {}, 'Set by your institution; only it can change this.'],
    ['fr', {}, 'Définie par votre établissement; lui seul peut la modifier.'],
    [
      'fr',
      { institutionName: 'Hôpital Montfort' },
      'Définie par votre établissement (Hôpital Montfort); lui seul peut la modifier.',
    ],
  ] as const)('says who set a locked region, named or not (%s, %o)', async (locale, named, line) => {
    await fakeBrowser.storage.managed.set({ ...named, defaultRegion: 'CA-ON', regionLocked: true });
    const { store } = renderWithStore(<OptionsApp />, { locale });
    await store.start();
    expect(await screen.findByText(line)).toBeTruthy();
  });
});
