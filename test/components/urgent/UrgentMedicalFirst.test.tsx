import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { App } from '../../../components/app/App';
import { settingsStorage } from '../../../lib/settings/settings.browser';
import { renderWithStore } from '../../helpers';
import { hrefs, openSigns, tick } from '../signs/signs-steps';

/** Issue 18: the urgent blocks (impaired, myself), Manitoba, the Northwest Territories, Reach in Ottawa. */
const useRegion = async (region: 'CA-MB' | 'CA-NT') => {
  await settingsStorage.save({ ...DEFAULT_SETTINGS, region });
  const rendered = renderWithStore(<App surface="popup" />);
  await rendered.store.start();
  return rendered;
};
const IMPAIRED_COLLEAGUE =
  'Seems unfit to care for patients right now: confused, slurred speech, intoxicated or asleep on duty';

describe('Impaired at work (issue 18)', () => {
  it('for myself: a medical cause first, with 911 to dial, then patients, and no driving', async () => {
    renderWithStore(<App surface="popup" />, { timeZone: 'America/Toronto' });
    await openSigns();
    fireEvent.click(screen.getByRole('button', { name: 'Myself' }));
    tick('I am not fit to care for patients right now: intoxicated, confused or unable to stay awake');
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toBe(
      'Could you be medically unwell? Get checked now.',
    );
    expect(hrefs(alert)[0]).toBe('tel:911');
    const steps = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(steps[0]).toMatch(/stroke, low blood sugar or an overdose.*call a code or 911/);
    expect(alert.textContent).toContain('Do not drive: get a ride or a taxi home.');
    expect(alert.textContent).not.toMatch(/confidential route/);
  });

  it('in French, for a colleague: 911 to dial, a medical cause first, and no driving', async () => {
    renderWithStore(<App surface="popup" />, { locale: 'fr' });
    await openSigns('Signes');
    tick(
      'Semble inapte à soigner en ce moment\u00a0: confusion, élocution pâteuse, intoxication ou endormissement en service',
    );
    const alert = screen.getByRole('alert');
    expect(hrefs(alert)[0]).toBe('tel:911');
    expect(within(alert).getAllByRole('listitem')[0]!.textContent).toMatch(
      /AVC, hypoglycémie ou surdose\? Lancez un code ou composez le 911/,
    );
    expect(alert.textContent).toContain('La personne ne doit pas conduire');
    expect(alert.textContent).toContain('taxi');
    expect(alert.textContent).not.toMatch(/voie confidentielle/);
  });
});

describe('Myself at risk (issue 18)', () => {
  it('gives one hopeful line with the suicide steps', async () => {
    renderWithStore(<App surface="popup" />, { timeZone: 'America/Toronto' });
    await openSigns();
    fireEvent.click(screen.getByRole('button', { name: 'Myself' }));
    tick('I have a plan, or I have been getting the means');
    expect(screen.getByRole('alert').textContent).toContain('You do not have to face this alone.');
  });

  it('offers a calm route for unwanted thoughts of harming someone, besides 911', async () => {
    renderWithStore(<App surface="popup" />, { timeZone: 'America/Toronto' });
    await openSigns();
    fireEvent.click(screen.getByRole('button', { name: 'Myself' }));
    tick('I have thoughts of hurting someone else');
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toMatch(
      /If you might act on these thoughts, call 911/,
    );
    expect(alert.textContent).toContain('with no wish to act on them? Talk them through soon');
    expect(alert.textContent).toContain('a clinician you trust');
  });
});

describe('Manitoba (issue 18)', () => {
  it('says the CPSM program is run by the College and its phone is a way to self-report, and links Doctors Manitoba', async () => {
    await useRegion('CA-MB');
    await openSigns();
    tick(IMPAIRED_COLLEAGUE);
    await waitFor(() => expect(document.querySelector('.urgent-area .programs')).toBeTruthy());
    const programs = document.querySelector<HTMLElement>('.urgent-area .programs')!;
    expect(programs.textContent).toContain('Run by the College (CPSM), the regulator.');
    expect(programs.textContent).toContain('self-report');
    expect(programs.textContent).not.toMatch(/confidential/i);
    expect(hrefs(programs)).toContain(
      'https://doctorsmanitoba.ca/benefits-insurance/insurance/insurance-options-for-physicians/wellness-programs',
    );
    await waitFor(() =>
      expect(hrefs(document.querySelector<HTMLElement>('.urgent-area .reporting')!)).toContain(
        'http://cpsm.mb.ca/news/three-things-you-may-not-know-about-the-physician-health-program',
      ),
    );
  });
});

describe('Northwest Territories (issue 18)', () => {
  it('shows the NWT Help Line with its number, besides the national options', async () => {
    await useRegion('CA-NT');
    await openSigns();
    tick('Talks about “going away for a long time”');
    await waitFor(() => expect(document.querySelector('.urgent-area .programs')).toBeTruthy());
    const programs = document.querySelector<HTMLElement>('.urgent-area .programs')!;
    expect(hrefs(programs)[0]).toBe('tel:18006610844');
    expect(programs.textContent).toContain('Anyone in the Northwest Territories');
    expect(programs.textContent).toContain('For: CMPA members');
  });
});

describe('Reach in Ontario (issue 18)', () => {
  it('shows the Faculty Wellness Program with its phone one click away', async () => {
    renderWithStore(<App surface="popup" />, { timeZone: 'America/Toronto' });
    fireEvent.click(screen.getByRole('tab', { name: 'Reach' }));
    await screen.findByRole('heading', { level: 2, name: 'Reach a peer' });
    const card = screen
      .getByRole('heading', { name: 'Faculty Wellness Program (uOttawa)' })
      .closest('article')!;
    expect(
      within(card)
        .getByRole('link', { name: /^Call 613-562-5211/ })
        .getAttribute('href'),
    ).toBe('tel:6135625211');
  });
});
