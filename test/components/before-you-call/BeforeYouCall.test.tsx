import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../components/app/App';
import { BeforeYouCall } from '../../../components/before-you-call/BeforeYouCall';
import { LicenceFormView } from '../../../components/before-you-call/LicenceFormView';
import { renderWithStore } from '../../helpers';

/** Opens a <details> as a click on its summary does (happy-dom does not toggle on click). */
const open = (summary: HTMLElement) => {
  const details = summary.closest('details')!;
  details.open = true;
  fireEvent(details, new Event('toggle'));
};

describe('Before you call', () => {
  it('loads a program’s facts when opened: one line each, "not found in our sources" where nothing was found', async () => {
    renderWithStore(<BeforeYouCall programId="cpsm-php" />);
    const summary = screen.getByText('Before you call (run by the regulator)');
    expect(document.querySelector('.byc-lines')).toBeNull();
    open(summary);
    const list = await screen.findByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-field'))).toEqual([
      'runBy',
      'confidentiality',
      'limits',
      'records',
      'tellsRegulator',
    ]);
    expect(items[0]!.textContent).toMatch(/^Who runs it: The regulator runs it/);
    expect(within(items[0]!).getByRole('link', { name: 'Source: Who runs it' }).getAttribute('href')).toBe(
      'https://cpsm.mb.ca/physician-health-program',
    );
    expect(items[3]!.textContent).toMatch(/^Records: Not found in our sources\. \(checked /);
  });

  it('shows an institution’s own program terms from policy on its Resources card', async () => {
    Object.assign(fakeBrowser.storage.managed, {
      get: async () => ({
        institutionName: 'Example Hospital',
        extraResources: [
          {
            name: 'Staff EAP',
            url: 'https://example.org/eap',
            beforeYouCall: {
              runBy: 'employer',
              records: 'No notes kept.',
              sourceUrl: 'https://example.org/eap/privacy',
            },
          },
        ],
      }),
    });
    const { store } = renderWithStore(<App surface="popup" />);
    await store.start();
    fireEvent.click(screen.getByRole('tab', { name: 'Resources' }));
    const card = (await screen.findByRole('heading', { name: 'Staff EAP' })).closest('article')!;
    open(within(card).getByText('Before you call'));
    await waitFor(() => expect(within(card).getByText('From your institution')).toBeTruthy());
    const lines = within(card)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines[0]).toMatch(/^Who runs it: An employer or hospital Source/);
    expect(lines[3]).toMatch(/^Records: No notes kept\. Source/);
    expect(lines[1]).toMatch(/^Confidentiality: Not found in our sources\./);
  });
});

describe('What your licence form asks, from the urgent blocks', () => {
  it('is offered in the myself block only, and opens with a province chooser', async () => {
    const { UrgentChoices } = await import('../../../components/urgent/UrgentChoices');
    const { unmount } = renderWithStore(<UrgentChoices mode="colleague" />);
    await screen.findByRole('heading', { name: 'Physician lines in your region' });
    expect(screen.queryByText('What your licence form asks')).toBeNull();
    unmount();
    renderWithStore(<UrgentChoices mode="myself" />);
    const summary = await screen.findByText('What your licence form asks');
    open(summary);
    expect(await screen.findByRole('combobox', { name: 'Province or territory' })).toBeTruthy();
  });
});

describe('What your licence form asks, the view', () => {
  const choose = (place: string) =>
    fireEvent.change(screen.getByRole('combobox', { name: 'Province or territory' }), {
      target: { value: place },
    });

  it('shows the Physician Support Line’s stated limits in the US picture (volunteers may tell the admin team)', () => {
    renderWithStore(<LicenceFormView />);
    choose('US');
    const heading = screen.getByRole('heading', { name: 'Physician Support Line' });
    const fields = [...heading.nextElementSibling!.querySelectorAll('li')].map((li) =>
      li.getAttribute('data-field'),
    );
    expect(fields).toEqual(['confidentiality', 'limits', 'records', 'tellsRegulator']);
    expect(heading.nextElementSibling!.textContent).toContain(
      'Stated limits: Volunteers may discuss a call with its admin team',
    );
  });

  it('names a fact line’s source link "Source", not "Source: Source"', () => {
    renderWithStore(<LicenceFormView />);
    choose('US');
    const links = screen.getAllByRole('link', { name: /^Source/ }).map((a) => a.getAttribute('aria-label'));
    expect(links).not.toContain('Source: Source');
    expect(screen.getAllByRole('link', { name: 'Source' }).length).toBeGreaterThan(0);
  });

  it('follows a new region: the view starts on the new region’s regulator', async () => {
    const { store } = renderWithStore(<App surface="sidepanel" />);
    await store.settings.setRegion('CA-ON');
    fireEvent.click(screen.getByRole('tab', { name: 'Resources' }));
    open(await screen.findByText('What your licence form asks'));
    const place = await screen.findByRole<HTMLSelectElement>('combobox', { name: 'Province or territory' });
    expect(place.value).toBe('ON');
    await store.settings.setRegion('CA-BC');
    await waitFor(() =>
      expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Province or territory' }).value).toBe(
        'BC',
      ),
    );
  });

  it.each(['SK', 'NS', 'NT'])(
    'does not say %s asks only about a present condition: it was only described so',
    (province) => {
      renderWithStore(<LicenceFormView />);
      choose(province);
      const scope = document.querySelector('.licence-scope')!.textContent;
      expect(scope).toBe('Described as asking only about a present condition. Exact wording not seen.');
    },
  );
});
