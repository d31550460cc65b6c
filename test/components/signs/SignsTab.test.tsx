import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../components/app/App';
import { settingsStorage } from '../../../lib/settings/settings.browser';
import { renderWithStore } from '../../helpers';
import { hrefs, openSigns, tick } from './signs-steps';

const alertLinks = () => hrefs(screen.getByRole('alert'));
const lineLinks = () => hrefs(document.querySelector<HTMLElement>('.urgent-area .programs')!);

describe('Signs', () => {
  it('words the same signs for a colleague or for oneself', async () => {
    renderWithStore(<App surface="popup" />);
    await openSigns();
    expect(screen.getByRole('checkbox', { name: 'Seems exhausted, nodding off at work' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Myself' }));
    expect(screen.getByRole('checkbox', { name: 'I am exhausted, nodding off at work' })).toBeTruthy();
    expect(
      screen
        .getAllByRole('group')
        .map((g) => g.querySelector('legend')?.textContent)
        .filter(Boolean),
    ).toEqual(['Safety', 'Physical', 'Behaviour and emotions', 'Work']);
  });

  it.each([
    ['en', 'Signs', 'Safety', 'Any one of these needs action now.'],
    ['fr', 'Signes', 'Sécurité', 'Chacun de ces signes est urgent.'],
  ] as const)(
    'in %s, opens on the safety group, which says before its signs that any one needs action now',
    async (locale, tabName, title, lead) => {
      renderWithStore(<App surface="popup" />, { locale });
      await openSigns(tabName);
      const safety = screen.getAllByRole('group').find((g) => g.tagName === 'FIELDSET')!;
      expect(safety.querySelector('legend')?.textContent).toBe(title);
      const leadLine = within(safety).getByText(lead);
      const firstSign = within(safety).getAllByRole('checkbox')[0]!;
      expect(leadLine.compareDocumentPosition(firstSign) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      // Read with the group by a screen reader, as the group's description, before its source.
      expect(safety.getAttribute('aria-describedby')?.split(' ')[0]).toBe(leadLine.id);
    },
  );

  it('keeps each mode’s ticks apart; a list shown again pulls no focus; Clear all ticks clears both lists', async () => {
    renderWithStore(<App surface="popup" />);
    await openSigns();
    tick('Talks about being a burden to others');
    const urgentHeading = () => screen.getByRole('alert').querySelector('h3');
    expect(document.activeElement).toBe(urgentHeading());
    const modeButton = (name: string) => {
      const button = screen.getByRole('button', { name });
      button.focus();
      fireEvent.click(button);
      return button;
    };
    modeButton('Myself');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked)).toEqual([]);
    // The red flag is back with its block, but the reader's focus stays on the mode button.
    const colleague = modeButton('A colleague');
    expect(screen.getByRole('checkbox', { name: 'Talks about being a burden to others' })).toHaveProperty(
      'checked',
      true,
    );
    expect(urgentHeading()).toBeTruthy();
    expect(document.activeElement).toBe(colleague);
    modeButton('Myself');
    tick('I am exhausted, nodding off at work');
    modeButton('A colleague');
    expect(screen.getByRole('checkbox', { name: 'Seems exhausted, nodding off at work' })).toHaveProperty(
      'checked',
      false,
    );
    // "Back to the list" finds this list's red flag, not the sign ticked last in the other list.
    fireEvent.click(screen.getByRole('button', { name: 'Back to the list' }));
    expect(document.activeElement).toBe(
      screen.getByRole('checkbox', { name: 'Talks about being a burden to others' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Clear all ticks' }));
    expect(screen.queryByRole('alert')).toBeNull();
    modeButton('Myself');
    expect(screen.getByRole('checkbox', { name: 'I am exhausted, nodding off at work' })).toHaveProperty(
      'checked',
      false,
    );
    expect(screen.getByRole('button', { name: 'Clear all ticks' })).toHaveProperty('disabled', true);
    // With ticks only in the other list, the button still clears them.
    tick('I am exhausted, nodding off at work');
    modeButton('A colleague');
    expect(screen.getByRole('button', { name: 'Clear all ticks' })).toHaveProperty('disabled', false);
  });

  it('escalates a red flag about a colleague at once, with what to do and who to call', async () => {
    renderWithStore(<App surface="popup" />, { timeZone: 'America/Toronto' });
    await openSigns();
    expect(screen.queryByRole('alert')).toBeNull();
    tick('Talks about “going away for a long time”');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Their safety comes first');
    expect(alert.textContent).toContain('do not leave them alone');
    expect(alert.textContent).toContain('go with them to the emergency department');
    expect(alertLinks()).toEqual(['tel:988', 'sms:988', 'tel:911']);
    // Then Ontario's lines, around-the-clock first: PARO, the CMA line (a link), the OMA program.
    expect(lineLinks()).toEqual([
      'tel:18664357362',
      'https://www.cma.ca/supportline/frequently-asked-questions-participating-provinces-territories',
      'tel:18008516606',
    ]);
    // The alert comes before the list.
    const firstGroup = screen.getAllByRole('group').find((g) => g.tagName === 'FIELDSET')!;
    expect(alert.compareDocumentPosition(firstGroup) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('tells me to call or text 9-8-8 now, and my region’s 24/7 physician line, for a red flag about myself', async () => {
    renderWithStore(<App surface="popup" />, { timeZone: 'America/Edmonton' });
    await openSigns();
    fireEvent.click(screen.getByRole('button', { name: 'Myself' }));
    tick('I have a plan, or I have been getting the means');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Call or text 9-8-8 now.');
    expect(alert.textContent).toContain('call 911 or go to the nearest emergency department');
    expect(alert.textContent).toContain('Do not stay alone.');
    expect(alert.textContent).toContain('Tell someone you trust');
    expect(alertLinks()).toEqual(['tel:988', 'sms:988', 'tel:911']);
    expect(lineLinks()).toEqual(['tel:18777674637']);
    expect(document.querySelector('.urgent-area .program')!.textContent).toContain(
      'For: Physicians, residents, medical students and immediate family',
    );
  });

  it('uses 988 and the US physician line in the US', async () => {
    await settingsStorage.save({ ...DEFAULT_SETTINGS, region: 'US' });
    const { store } = renderWithStore(<App surface="popup" />);
    await store.start();
    await openSigns();
    fireEvent.click(screen.getByRole('button', { name: 'Myself' }));
    tick('I think, talk or write about suicide or death');
    expect(screen.getByRole('alert').textContent).toContain('Call or text 988 now.');
    expect(screen.getByRole('link', { name: 'Text 988' }).getAttribute('href')).toBe('sms:988');
  });

  it('puts 911 first for a threat to others', async () => {
    renderWithStore(<App surface="popup" />);
    await openSigns();
    tick('Talks about wanting to hurt or kill someone');
    expect(screen.getByRole('heading', { name: 'Someone could be hurt. Call 911 first.' })).toBeTruthy();
    expect(alertLinks()).toEqual(['tel:911', 'tel:988', 'sms:988']);
  });

  it('puts a medical cause first for a colleague impaired at work, then patients, and names the person in charge', async () => {
    renderWithStore(<App surface="popup" />, { timeZone: 'America/Vancouver' });
    await openSigns();
    tick(
      'Seems unfit to care for patients right now: confused, slurred speech, intoxicated or asleep on duty',
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toBe(
      'Could they be medically unwell? Get them assessed now.',
    );
    const steps = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(steps[0]).toContain('a stroke, low blood sugar or an overdose: call a code or 911.');
    expect(steps[1]).toMatch(/If you cannot relieve them \(as a student, say\), tell the person in charge/);
    expect(alert.textContent).toContain(
      'the most responsible physician on duty, the chief or head of service',
    );
    expect(alert.textContent).not.toMatch(/charge physician/);
    expect(alert.textContent).toContain('They must not drive: arrange a ride or a taxi.');
    expect(alert.textContent).not.toMatch(/confidential route/);
    // The reporting line loads with the block, right under it (its own chunk, kept out of the
    // popup's first paint; outside the alert, so the block fits the popup at 125%).
    await waitFor(() => expect(document.querySelector('.urgent-block + .reporting')).toBeTruthy());
    const reporting = document.querySelector<HTMLElement>('.urgent-block + .reporting')!;
    expect(reporting.textContent).toContain('Duties to report differ by province and territory.');
    expect(alertLinks()).toEqual(['tel:911']);
    expect(hrefs(reporting)).toEqual([
      'https://www.cmpa-acpm.ca/en/advice-publications/browse-articles/2010/do-you-need-to-report-another-health-professional',
      'https://www.cpsbc.ca/registrants/current-registrants/duty-report-guide',
    ]);
    // Each source is its own list item, so a screen reader does not run their names together.
    expect(
      within(reporting)
        .getAllByRole('link')
        .every((link) => link.closest('li')),
    ).toBe(true);
  });

  it('shows one block per kind ticked, and moves focus to the one just ticked; back to the list returns to the tick', async () => {
    renderWithStore(<App surface="popup" />);
    await openSigns();
    tick('Talks about being a burden to others');
    const suicideHeading = screen.getByRole('heading', { name: 'Their safety comes first. Act now.' });
    expect(document.activeElement).toBe(suicideHeading);
    tick('Talks about wanting to hurt or kill someone');
    expect(screen.getAllByRole('alert')).toHaveLength(2);
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Someone could be hurt. Call 911 first.' }),
    );
    fireEvent.click(screen.getAllByRole('button', { name: 'Back to the list' })[0]!);
    const box = screen.getByRole('checkbox', { name: 'Talks about wanting to hurt or kill someone' });
    expect(document.activeElement).toBe(box);
    expect((box as HTMLInputElement).checked).toBe(true);
    // An ordinary sign ticked after a red flag leaves focus where it is.
    tick('Very anxious or irritable');
    expect(document.activeElement).toBe(box);
  });

  it('does not pull focus when the tab is opened again with a red flag still ticked', async () => {
    renderWithStore(<App surface="popup" />);
    await openSigns();
    tick('Talks about being a burden to others');
    fireEvent.click(screen.getByRole('tab', { name: 'HELP' }));
    await screen.findByRole('heading', { level: 2, name: 'HELP: talking with a colleague' });
    expect(screen.queryByRole('alert')).toBeNull();
    screen.getByRole('tab', { name: 'Signs' }).focus();
    await openSigns();
    expect(screen.getByRole('alert')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Signs' }));
  });

  it('orders my region’s lines by the role I gave in Settings, and never hides 9-8-8', async () => {
    await settingsStorage.save({ ...DEFAULT_SETTINGS, region: 'CA-ON', role: 'physician' });
    const { store } = renderWithStore(<App surface="popup" />);
    await store.start();
    await openSigns();
    fireEvent.click(screen.getByRole('button', { name: 'Myself' }));
    tick('I feel I am a burden to others');
    expect(alertLinks()).toEqual(['tel:988', 'sms:988', 'tel:911']);
    expect(lineLinks()).toEqual([
      'https://www.cma.ca/supportline/frequently-asked-questions-participating-provinces-territories',
      'tel:18008516606',
      'tel:18664357362',
    ]);
  });

  it('says plainly when a territory has no program, with the national options, and never “choose your province”', async () => {
    await settingsStorage.save({ ...DEFAULT_SETTINGS, region: 'CA-NT' });
    const { store } = renderWithStore(<App surface="popup" />);
    await store.start();
    await openSigns();
    tick('Seems severely hopeless or helpless');
    const area = document.querySelector<HTMLElement>('.urgent-area')!;
    expect(area.textContent).toContain(
      'No physician health program was found for this region (Northwest Territories',
    );
    expect(area.textContent).toContain('CMA Wellness Connection');
    expect(document.body.textContent).not.toContain('Choose your province');
  });

  it('ordinary signs: each group of them says how many and takes focus to what to do next; a red flag replaces it', async () => {
    renderWithStore(<App surface="popup" />);
    await openSigns();
    const cues = () => screen.queryAllByRole('button', { name: /What to do next/ });
    const groupOf = (el: Element) => el.closest('fieldset')?.querySelector('legend')?.textContent;
    expect(cues()).toEqual([]);
    // Its place is kept unseen until then (no sign moves when it appears), in the ordinary groups.
    const places = [...document.querySelectorAll('.next-steps-cue')];
    expect(places.map(groupOf)).toEqual(['Physical', 'Behaviour and emotions', 'Work']);
    expect(places.every((place) => place.classList.contains('next-steps-cue--waiting'))).toBe(true);
    tick('Seems exhausted, nodding off at work');
    expect(cues().map(groupOf)).toEqual(['Physical', 'Behaviour and emotions', 'Work']);
    expect(cues().some((cue) => cue.classList.contains('next-steps-cue--waiting'))).toBe(false);
    // At the foot of each group, after its source line.
    expect(cues()[0]!.previousElementSibling?.className).toBe('source-note');
    fireEvent.click(screen.getAllByRole('button', { name: '1 sign noticed. What to do next' })[2]!);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'You noticed 1 sign.' }));
    tick('Pulling away from peers, family or social life');
    expect(cues().map((cue) => cue.textContent)).toEqual(Array(3).fill('2 signs noticed. What to do next'));
    tick('Talks about “going away for a long time”');
    expect(cues()).toEqual([]);
    // The red flag unticked: the way to the next steps is back.
    tick('Talks about “going away for a long time”');
    expect(cues().map((cue) => cue.textContent)).toEqual(Array(3).fill('2 signs noticed. What to do next'));
  });

  it('turns ordinary signs into an opening line on HELP’s Hello step', async () => {
    renderWithStore(<App surface="popup" />);
    await openSigns();
    tick('Seems exhausted, nodding off at work');
    tick('Pulling away from peers, family or social life');
    expect(screen.getByRole('heading', { name: 'You noticed 2 signs.' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reach' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Resources' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start the conversation' }));
    expect(screen.getByRole('tab', { name: 'HELP', selected: true })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: /Hello/ })).toBe(document.activeElement);
    expect(
      screen.getByText(
        'I’ve noticed you seem really tired and we haven’t seen much of you lately. How are you doing?',
      ),
    ).toBeTruthy();
  });

  it('offers HALT, a minute to breathe and who to call when I notice signs in myself', async () => {
    renderWithStore(<App surface="popup" />);
    await openSigns();
    fireEvent.click(screen.getByRole('button', { name: 'Myself' }));
    tick('I have trouble concentrating');
    expect(screen.getByText('Hungry?')).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Take a minute' }).at(-1)!);
    expect(await screen.findByRole('heading', { level: 2, name: 'Take a minute' })).toBe(
      document.activeElement,
    );
  });

  it('clears every tick, and writes nothing anywhere', async () => {
    renderWithStore(<App surface="popup" />);
    await openSigns();
    expect(screen.getByText('Not a crisis service. In danger now? Call 911.')).toBeTruthy();
    tick('Very anxious or irritable');
    tick('Talks or writes about suicide, death or despair');
    fireEvent.click(screen.getByRole('button', { name: 'Clear all ticks' }));
    expect(screen.getAllByRole('checkbox').every((box) => !(box as HTMLInputElement).checked)).toBe(true);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await fakeBrowser.storage.local.get()).toEqual({});
    expect(await fakeBrowser.storage.session.get()).toEqual({});
    expect(localStorage.length).toBe(0);
  });

  it('speaks French', async () => {
    renderWithStore(<App surface="popup" />, { locale: 'fr' });
    await openSigns('Signes');
    tick('Semble à bout de forces, s’endort au travail');
    fireEvent.click(screen.getByRole('button', { name: 'Commencer la conversation' }));
    expect(
      screen.getByText('J’ai remarqué que tu sembles manquer d’énergie ces temps-ci. Comment ça va?'),
    ).toBeTruthy();
  });
});

describe('Take a minute', () => {
  it('is a header button on every tab and goes back to where I was', async () => {
    renderWithStore(<App surface="sidepanel" />);
    fireEvent.click(screen.getByRole('button', { name: 'Take a minute' }));
    expect(await screen.findByRole('heading', { name: 'Box breathing' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start grounding' }));
    expect(screen.getByText('Notice 5 things you can see.')).toBeTruthy();
    for (let i = 0; i < 5; i++) fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Done. Take that calm with you.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 2, name: 'HELP: talking with a colleague' })).toBeTruthy();
  });
});
