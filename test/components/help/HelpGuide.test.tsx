import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { App } from '../../../components/app/App';
import { HELP_STEPS } from '../../../lib/content/help';
import { settingsStorage } from '../../../lib/settings/settings.browser';
import { renderWithStore } from '../../helpers';
import { openSigns, tick } from '../signs/signs-steps';

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

  it('shows a short core on every step, and the rest behind “More on this step”', () => {
    renderWithStore(<App surface="popup" />);
    fireEvent.click(screen.getByRole('button', { name: 'Read step Hello' }));
    for (const step of HELP_STEPS) {
      expect(screen.getByRole('heading', { level: 3, name: new RegExp(step.title.en) })).toBeTruthy();
      const core = document.querySelector<HTMLElement>('.step-core')!;
      expect(within(core).getByRole('heading', { name: 'What to do' })).toBeTruthy();
      expect(within(core).getByRole('heading', { name: 'Avoid' })).toBeTruthy();
      expect(core.querySelectorAll('.phrases li').length).toBe(step.phrases.length);
      expect(core.querySelectorAll('ul:not(.phrases):not(.avoid) li').length).toBeLessThanOrEqual(3);
      expect(core.querySelectorAll('.avoid li').length).toBeLessThanOrEqual(2);
      const more = screen.getByText('More on this step').closest('details')!;
      expect(more.open).toBe(false);
      for (const item of [...step.more.toDo, ...step.more.phrases, ...step.more.avoid])
        expect(within(more).getByText(item.en)).toBeTruthy();
      expect(within(core).queryByText(step.more.toDo[0]?.en ?? step.more.avoid[0]!.en)).toBeNull();
      more.open = true;
      if (step.id !== 'plan') fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    }
    // Each step opens with its extra advice folded away again.
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByText('More on this step').closest('details')!.open).toBe(false);
  });

  it.each([
    [
      'en',
      'Struggling yourself? Check your own signs',
      'Signs of distress',
      'Myself',
      'I feel I am a burden to others',
    ],
    [
      'fr',
      'Vous-même en difficulté? Faites le point sur vos signes',
      'Signes de détresse',
      'Moi-même',
      'J’ai le sentiment d’être un poids pour les autres',
    ],
  ] as const)(
    'in %s, takes a reader who is struggling to Signs worded for themselves, its heading focused',
    async (locale, button, heading, myself, sign) => {
      renderWithStore(<App surface="popup" />, { locale });
      fireEvent.click(screen.getByRole('button', { name: button }));
      const title = await screen.findByRole('heading', { level: 2, name: heading });
      expect(screen.getByRole('tab', { selected: true }).id).toBe('tab-signs');
      expect(screen.getByRole('button', { name: myself }).getAttribute('aria-pressed')).toBe('true');
      expect(screen.getByRole('checkbox', { name: sign })).toBeTruthy();
      await waitFor(() => expect(document.activeElement).toBe(title));
    },
  );

  it('drops the focus it asked for when the reader picks a tab before Signs has opened', () => {
    const { store } = renderWithStore(<App surface="popup" />);
    store.openSignsForMyself();
    store.showTab('reach');
    expect(store.signs.takeFocusOnOpen()).toBe(false);
  });

  it('takes no focus from where the reader has put it since the way in was pressed (focus not lost with the button)', async () => {
    const { store } = renderWithStore(<App surface="popup" />);
    const takeAMinute = within(document.querySelector('header')!).getByRole('button', {
      name: 'Take a minute',
    });
    takeAMinute.focus();
    act(() => store.openSignsForMyself());
    await screen.findByRole('heading', { level: 2, name: 'Signs of distress' });
    expect(document.activeElement).toBe(takeAMinute);
  });

  it('does not carry ticks made about a colleague into Signs for oneself', async () => {
    renderWithStore(<App surface="popup" />);
    await openSigns();
    tick('Talks about being a burden to others');
    tick('Seems exhausted, nodding off at work');
    expect(screen.getByRole('alert')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'HELP' }));
    fireEvent.click(screen.getByRole('button', { name: 'Struggling yourself? Check your own signs' }));
    await screen.findByRole('heading', { level: 2, name: 'Signs of distress' });
    expect(screen.getByRole('checkbox', { name: 'I feel I am a burden to others' })).toHaveProperty(
      'checked',
      false,
    );
    expect(screen.getByRole('checkbox', { name: 'I am exhausted, nodding off at work' })).toHaveProperty(
      'checked',
      false,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    // Nor are they lost: they are back with "A colleague".
    fireEvent.click(screen.getByRole('button', { name: 'A colleague' }));
    expect(screen.getByRole('checkbox', { name: 'Talks about being a burden to others' })).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.getByRole('alert')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Myself' }));
    // Ticks made about oneself stay when the way in is taken again.
    tick('I am exhausted, nodding off at work');
    fireEvent.click(screen.getByRole('tab', { name: 'HELP' }));
    fireEvent.click(screen.getByRole('button', { name: 'Struggling yourself? Check your own signs' }));
    await screen.findByRole('heading', { level: 2, name: 'Signs of distress' });
    expect(screen.getByRole('checkbox', { name: 'I am exhausted, nodding off at work' })).toHaveProperty(
      'checked',
      true,
    );
  });

  it('says on Link that confidentiality has limits', () => {
    renderWithStore(<App surface="popup" />);
    fireEvent.click(screen.getByRole('button', { name: 'Read step Link' }));
    const core = document.querySelector<HTMLElement>('.step-core')!;
    expect(core.textContent).toContain(
      'usually promise confidentiality, except in legal proceedings or when someone’s safety is at risk',
    );
    expect(core.textContent).toContain('can be disclosed in legal proceedings');
  });

  it('folds the extra advice away in French too', () => {
    renderWithStore(<App surface="popup" />, { locale: 'fr' });
    fireEvent.click(screen.getByRole('button', { name: 'Lire l’étape Prévoir un suivi (Plan)' }));
    const more = screen.getByText('En savoir plus sur cette étape').closest('details')!;
    expect(more.open).toBe(false);
    expect(within(more).getByText('On prend un café vendredi?')).toBeTruthy();
    expect(document.querySelector('.step-core')!.textContent).toContain(
      'parlez de ce que vous ressentez, pas de ce qu’on vous a confié',
    );
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
    await settingsStorage.save({ ...DEFAULT_SETTINGS, region: 'US' });
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
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'HELP\u00a0: parler avec un ou une collègue',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Vous craignez pour sa sécurité?' }));
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
