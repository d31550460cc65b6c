import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { App } from '../../../components/app/App';
import { PeerSupportHandout } from '../../../components/print/PeerSupportHandout';
import { StoreProvider } from '../../../components/app/StoreContext';
import { PEER_SUPPORT_SECTIONS } from '../../../lib/content/start-peer-support';
import { createTestStore, renderWithStore } from '../../helpers';

// Views load their code on first use; on a busy machine that can take longer than the default second.
const LOADING = { timeout: 10_000 };

describe('Start peer support where you work', () => {
  it('opens from Reach, walks every screen, offers the FWP, and closes', async () => {
    const { store } = renderWithStore(<App surface="popup" />);
    store.showTab('reach');
    // HELP has the same button: wait for Reach itself, so the guide really opens from Reach.
    await screen.findByRole('heading', { level: 2, name: 'Reach a peer' }, LOADING);
    fireEvent.click(screen.getByRole('button', { name: 'Start peer support where you work' }));
    const heading = await screen.findByRole(
      'heading',
      { level: 2, name: 'Start peer support where you work' },
      LOADING,
    );
    expect(document.activeElement).toBe(heading);
    expect(screen.getByRole('link', { name: 'Print a one-page handout' }).getAttribute('href')).toBe(
      '/print.html#peer-support-handout',
    );
    for (const [i, section] of PEER_SUPPORT_SECTIONS.entries()) {
      expect(screen.getByRole('heading', { level: 3, name: section.title.en })).toBeTruthy();
      if (i > 0) expect(document.activeElement?.textContent).toBe(section.title.en);
      if (i < PEER_SUPPORT_SECTIONS.length - 1) fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    }
    expect(screen.getByRole('link', { name: 'Call 613-562-5211' }).getAttribute('href')).toBe(
      'tel:6135625211',
    );
    expect(screen.getByRole('link', { name: 'Well Doc (University of Calgary) website' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close this guide' }));
    expect(store.guides.open.value).toBe(null);
    expect(store.tab.value).toBe('reach');
    await screen.findByRole('heading', { level: 2, name: 'Reach a peer' }, LOADING);
  });

  it('prints every section on the handout, with addresses written out for paper', () => {
    const { store } = createTestStore({ locale: 'fr' });
    render(
      <StoreProvider store={store}>
        <PeerSupportHandout />
      </StoreProvider>,
    );
    for (const section of PEER_SUPPORT_SECTIONS)
      expect(screen.getByRole('heading', { level: 2, name: section.title.fr })).toBeTruthy();
    const text = document.querySelector('.handout')!.textContent!;
    expect(text).toContain('613-562-5211 · uottawa.ca/faculty-medicine');
    expect(text).toContain('www.physicianhealth.com/peer-support-initiative/');
    expect(screen.queryAllByRole('link')).toEqual([]);
  });
});
