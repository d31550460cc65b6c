import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { App } from '../../components/App';
import { settingsStorage } from '../../lib/platform/settings-storage';
import { renderWithStore } from '../helpers';

const dialLinks = () =>
  within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((a) => a.getAttribute('href'));

describe('HELP guide', () => {
  it('opens on an overview of the four steps', () => {
    renderWithStore(<App surface="popup" />);
    expect(screen.getByRole('tab', { name: 'HELP', selected: true })).toBeTruthy();
    const cards = document.querySelector<HTMLElement>('.step-cards')!;
    const titles = within(cards)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(titles).toEqual(['HHello', 'EEmpathize', 'LLink', 'PPlan']);
  });

  it('walks the steps with Next and Back, and ends on a way back to the overview', () => {
    renderWithStore(<App surface="popup" />);
    fireEvent.click(screen.getByRole('button', { name: 'Step by step' }));
    expect(screen.getByText('Step 1 of 4')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Back' }).hasAttribute('disabled')).toBe(true);
    for (const title of ['Empathize', 'Link', 'Plan']) {
      fireEvent.click(screen.getByRole('button', { name: 'Next' }));
      expect(screen.getByRole('heading', { level: 3, name: new RegExp(title) })).toBeTruthy();
    }
    expect(screen.getByText('Step 4 of 4')).toBeTruthy();
    expect(document.activeElement?.id).toBe('step-title');
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByText('Step 3 of 4')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(screen.getByRole('button', { name: 'See all four steps' }));
    expect(screen.getAllByRole('button', { name: /^Read step/ })).toHaveLength(4);
  });

  it('shows what to do, at least three phrases and what to avoid on every step', () => {
    renderWithStore(<App surface="sidepanel" />);
    fireEvent.click(screen.getByRole('button', { name: 'Read step Link' }));
    expect(screen.getByRole('heading', { name: 'What to do' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Avoid' })).toBeTruthy();
    expect(document.querySelectorAll('.phrases li').length).toBeGreaterThanOrEqual(3);
  });

  it('reveals the urgent block with Canadian dial links', () => {
    renderWithStore(<App surface="popup" />, { timeZone: 'America/Toronto' });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Worried about their safety?' }));
    expect(screen.getByRole('alert').textContent).toContain('do not leave them alone');
    expect(dialLinks()).toEqual(['tel:988', 'sms:988', 'tel:911']);
    expect(screen.getByRole('link', { name: 'Call 9-8-8' })).toBeTruthy();
  });

  it('shows US wording when the region is the US', async () => {
    await settingsStorage.save({ version: 3, region: 'US', journalAutoLockMinutes: 5, role: null });
    const { store } = renderWithStore(<App surface="popup" />);
    await store.start();
    fireEvent.click(screen.getByRole('button', { name: 'Worried about their safety?' }));
    expect(await screen.findByRole('link', { name: 'Call 988' })).toBeTruthy();
    expect(dialLinks()).toEqual(['tel:988', 'sms:988', 'tel:911']);
  });

  it('says the wording is adapted and lists its sources', async () => {
    renderWithStore(<App surface="popup" />);
    const about = screen.getByText('About this guide').closest('details')!;
    about.open = true;
    fireEvent(about, new Event('toggle'));
    expect(await within(about).findByText(/worded by this project/)).toBeTruthy();
    expect(within(about).getAllByRole('link').length).toBeGreaterThanOrEqual(10);
  });

  it('speaks French', () => {
    renderWithStore(<App surface="popup" />, { locale: 'fr' });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('HELP : parler avec un collègue');
    fireEvent.click(screen.getByRole('button', { name: 'Inquiet pour sa sécurité?' }));
    expect(screen.getByRole('link', { name: 'Appeler le 9-8-8' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Étape par étape' }));
    expect(screen.getByText('Étape 1 sur 4')).toBeTruthy();
  });

  it('opens settings from the urgent block to change the region', async () => {
    const { opened } = renderWithStore(<App surface="popup" />);
    fireEvent.click(screen.getByRole('button', { name: 'Worried about their safety?' }));
    fireEvent.click(screen.getByRole('button', { name: 'Change region' }));
    await waitFor(() => expect(opened).toEqual(['options']));
  });
});
