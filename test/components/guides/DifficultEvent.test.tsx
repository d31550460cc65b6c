import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../components/app/App';
import { AFTER_EVENT_PATHS } from '../../../lib/content/difficult-event';
import { renderWithStore } from '../../helpers';

const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
const next = () => click('Next');
// Views load their code on first use; on a busy machine that can take longer than the default second.
const LOADING = { timeout: 10_000 };

describe('After a difficult event', () => {
  it('opens from HELP, walks a colleague through the screens, and closes back to the tab', async () => {
    const { store } = renderWithStore(<App surface="popup" />);
    click('After a difficult event');
    const heading = await screen.findByRole(
      'heading',
      { level: 2, name: 'After a difficult event' },
      LOADING,
    );
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText(/not a crisis service/)).toBeTruthy();
    click('For a colleague');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3, name: 'Reach out early' }));
    expect(screen.getByText('Step 1 of 7')).toBeTruthy();
    next();
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { level: 3, name: 'Send a touching-base message' }),
    );
    next();
    expect(screen.getByText('“Everything will be fine.”')).toBeTruthy();
    for (let i = 0; i < 4; i++) next();
    expect(screen.getByText('Step 7 of 7')).toBeTruthy();
    expect(screen.getByRole('link', { name: /1-800-267-6522/ }).getAttribute('href')).toBe('tel:18002676522');
    // Ontario (guessed from the Toronto time zone): the Ottawa programs made for this.
    expect(screen.getByText('In Ottawa, made for exactly this')).toBeTruthy();
    click('Back to the start');
    expect(screen.getByRole('button', { name: 'For myself' })).toBeTruthy();
    // Back at the choice, focus is on the guide's heading again, not lost with the last screen.
    expect(document.activeElement).toBe(heading);
    click('Close this guide');
    expect(store.guides.open.value).toBe(null);
    expect(screen.getByRole('heading', { level: 2, name: /HELP/ })).toBeTruthy();
  });

  it('sends the edited touching-base message to the chosen person by text or email', async () => {
    const { store } = renderWithStore(<App surface="popup" />);
    await store.people.saveContact({ name: 'Sam Lee', isBuddy: true, phone: '613 555 0199' });
    await store.people.saveContact({ name: 'Alex Roy', isBuddy: false, email: 'alex@example.org' });
    store.guides.show('after-event', 'colleague');
    store.guides.goTo(1);
    const box = (await screen.findByLabelText('Your message', {}, LOADING)) as HTMLTextAreaElement;
    expect(box.value).toMatch(/touch base/);
    fireEvent.input(box, { target: { value: 'Coffee later?' } });
    expect(screen.getByRole('link', { name: 'Text Sam Lee' }).getAttribute('href')).toBe(
      'sms:6135550199?body=Coffee%20later%3F',
    );
    expect(screen.queryByRole('link', { name: /Email Sam Lee/ })).toBe(null);
    const to = screen.getByLabelText('Send to');
    fireEvent.change(to, {
      target: { value: store.people.contacts.value.find((c) => c.name === 'Alex Roy')!.id },
    });
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Email Alex Roy' }).getAttribute('href')).toBe(
        'mailto:alex@example.org?subject=Touching%20base&body=Coffee%20later%3F',
      ),
    );
  });

  it('with no one to write to yet, shows the message to copy, and the way to Reach', async () => {
    const writeText = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error('denied'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { store } = renderWithStore(<App surface="popup" />);
    store.guides.show('after-event', 'colleague');
    store.guides.goTo(1);
    const message = (await screen.findByLabelText('Your message', {}, LOADING)) as HTMLTextAreaElement;
    fireEvent.input(message, { target: { value: 'Coffee later?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy the message' }));
    expect(await screen.findByText('Copied. Paste it into your own text or email.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith('Coffee later?');
    // Refused (no focus, a policy): it says so, and what to do instead.
    fireEvent.click(screen.getByRole('button', { name: 'Copy the message' }));
    expect(await screen.findByText('Could not copy. Select the message and copy it yourself.')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Go to Reach' }, LOADING));
    expect(store.tab.value).toBe('reach');
    expect(store.guides.open.value).toBe(null);
    // Reach itself shows (its code loads on first use): the test ends only once it has.
    await screen.findByRole('heading', { level: 2, name: 'Reach a peer' }, LOADING);
  });

  it('lists a territory’s physician line, as the urgent block does, not "none found"', async () => {
    const { store } = renderWithStore(<App surface="popup" />);
    await store.settings.setRegion('CA-YT');
    store.guides.show('after-event', 'colleague');
    store.guides.goTo(AFTER_EVENT_PATHS.colleague.findIndex((s) => s.id === 'more-help'));
    expect(await screen.findByText('CMA Wellness Support Line', {}, LOADING)).toBeTruthy();
    expect(screen.queryByText(/No physician health program was found/)).toBeNull();
  });

  it('says the people could not be loaded, not that there is no one to write to', async () => {
    const people = () => Promise.reject(new Error('storage unavailable'));
    const { store } = renderWithStore(<App surface="popup" />, { platform: { people } });
    store.guides.show('after-event', 'colleague');
    store.guides.goTo(1);
    await screen.findByLabelText('Your message', {}, LOADING);
    expect(
      await screen.findByText(
        'Could not load your people just now, so you cannot send it from here. Copy it, or try again from Reach.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/add the colleague to My people/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy the message' })).toBeTruthy();
  });

  it('opens the myself path from Signs, with Take a minute, who to call, and the urgent block', async () => {
    const { store } = renderWithStore(<App surface="popup" />);
    store.showTab('signs');
    fireEvent.click(await screen.findByRole('button', { name: /^Myself$/ }, LOADING));
    fireEvent.click(await screen.findByLabelText('I am exhausted, nodding off at work', {}, LOADING));
    click('After a difficult event');
    await screen.findByRole('heading', { level: 3, name: 'What you feel is normal' }, LOADING);
    click('In crisis right now?');
    expect(screen.getByRole('alert').textContent).toMatch(/9-8-8/);
    next();
    const screenBox = document.querySelector<HTMLElement>('.guided-screen')!;
    fireEvent.click(within(screenBox).getByRole('button', { name: 'Take a minute' }));
    expect(store.calm.open.value).toBe(true);
    store.calm.close();
    await screen.findByRole('heading', { level: 3, name: 'The first days' }, LOADING);
    next();
    expect(screen.getByRole('heading', { level: 3, name: 'Who to call' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /1-800-851-6606/ })).toBeTruthy();
  });

  it('is in French when the browser is', async () => {
    renderWithStore(<App surface="popup" />, { locale: 'fr' });
    click('Après un événement difficile');
    await screen.findByRole('heading', { level: 2, name: 'Après un événement difficile' }, LOADING);
    click('Pour un ou une collègue');
    expect(screen.getByRole('heading', { level: 3, name: 'Prendre contact tôt' })).toBeTruthy();
  });
});
