import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PocketCard } from '../../../components/print/PocketCard';
import type { Contact } from '../../../lib/people/contacts';

const buddy: Contact = { id: 'b', name: 'Sam Lee', isBuddy: true, phone: '613 555 0199' };
const cardText = () => [...document.querySelectorAll('.card-line')].map((l) => l.textContent).join('\n');

describe('PocketCard', () => {
  it('puts HELP on the front and the region’s lines, with whom they serve, on the back', () => {
    render(<PocketCard lang="en" region="CA-BC" />);
    expect(screen.getByLabelText('HELP: talking with a colleague').textContent).toMatch(/H\s*Hello/);
    const back = screen.getByLabelText('Someone in danger?').textContent!;
    expect(back).toMatch(/9-8-8 Suicide Crisis Helpline, call or text, 24\/7/);
    expect(back).toMatch(/1-800-663-6729.*retired physicians/);
    expect(cardText()).not.toMatch(/Sam Lee/);
  });

  it('shows the buddy only when given one, in the card’s language', () => {
    render(<PocketCard lang="fr" region="CA-ON" buddy={buddy} />);
    expect(cardText()).toMatch(/Mon binôme Sam Lee, 613 555 0199/);
    expect(cardText()).toMatch(/Aller vers l’autre/);
  });

  it('leaves out a program the regulator runs: its line is a way to self-report (Manitoba)', () => {
    render(<PocketCard lang="en" region="CA-MB" />);
    expect(cardText()).not.toMatch(/204-560-4205|CPSM|Physician lines/);
    expect(cardText()).toMatch(/9-8-8 Suicide Crisis Helpline/);
  });

  it('leaves out programs with no verified number, and their heading with them', () => {
    render(<PocketCard lang="en" region="CA-QC" />);
    expect(cardText()).not.toMatch(/Physician lines/);
    expect(cardText()).toMatch(/911 immediate danger/);
  });
});
