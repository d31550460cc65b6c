import { fireEvent, screen, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../components/app/App';
import { journalSession } from '../../../lib/journal/session/session.browser';
import { renderWithStore } from '../../helpers';
import { fastKeyDerivation, turnOnJournal } from './journal-steps';

const START = new Date('2026-12-04T08:00:00Z').getTime();

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  // Only the clock is fake: the auto-lock counts from the time of the last key or click.
  vi.useFakeTimers({ now: START, toFake: ['Date'] });
  fastKeyDerivation();
});
afterEach(() => vi.useRealTimers());

/**
 * A key or a click a minute later: the auto-lock now counts from then. Repeated until it counts,
 * because the view listens from its effect, which runs a frame after it shows.
 */
async function countsAsActivity(act: () => void) {
  const later = Date.now() + 60_000;
  vi.setSystemTime(later);
  await vi.waitFor(async () => {
    act();
    expect(await journalSession.lastActivity()).toBeGreaterThanOrEqual(later);
  });
}

describe('journal activity', () => {
  it('keys and clicks in the open journal and in the safety plan push the auto-lock back', async () => {
    renderWithStore(<App surface="sidepanel" />);
    await turnOnJournal();
    expect(await journalSession.lastActivity()).toBe(START);
    await countsAsActivity(() => fireEvent.keyDown(document.body, { key: 'a' }));
    await countsAsActivity(() => fireEvent.pointerDown(document.body));

    fireEvent.click(screen.getByRole('button', { name: 'My safety plan' }));
    const plan = await screen.findByRole('region', { name: 'My safety plan' });
    await countsAsActivity(() => fireEvent.keyDown(within(plan).getAllByRole('button')[0]!, { key: 'Tab' }));
    await countsAsActivity(() => fireEvent.pointerDown(plan));
  });

  it('a key after locking is not activity', async () => {
    renderWithStore(<App surface="sidepanel" />);
    await turnOnJournal();
    fireEvent.click(screen.getByRole('button', { name: 'Lock' }));
    await screen.findByRole('button', { name: 'Unlock' });
    vi.setSystemTime(Date.now() + 60_000);
    fireEvent.keyDown(document.body, { key: 'a' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await journalSession.lastActivity()).toBeNull();
  });
});
