import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pacerAt } from '../../../lib/calm/breathing';
import { createPacerStore } from '../../../lib/calm/pacer-store';

describe('pacerAt', () => {
  it('goes in, hold, out, hold, four seconds each', () => {
    expect(pacerAt(0, 1)).toMatchObject({ phase: 'in', secondsLeft: 4, totalSecondsLeft: 60, done: false });
    expect(pacerAt(3_999, 1)).toMatchObject({ phase: 'in', secondsLeft: 1 });
    expect(pacerAt(4_000, 1)).toMatchObject({ phase: 'holdIn', secondsLeft: 4 });
    expect(pacerAt(8_000, 1)).toMatchObject({ phase: 'out' });
    expect(pacerAt(12_500, 1)).toMatchObject({ phase: 'holdOut', secondsLeft: 4 });
    expect(pacerAt(16_000, 1)).toMatchObject({ phase: 'in', totalSecondsLeft: 44 });
  });

  it('ends after the chosen number of minutes', () => {
    expect(pacerAt(59_999, 1).done).toBe(false);
    expect(pacerAt(60_000, 1)).toMatchObject({ done: true, totalSecondsLeft: 0 });
    expect(pacerAt(90_000, 2)).toMatchObject({ done: false, totalSecondsLeft: 30 });
  });
});

describe('the pacer store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs for one minute by default, then stops on its own', () => {
    const pacer = createPacerStore();
    pacer.start();
    vi.advanceTimersByTime(4_100);
    expect(pacer.state.value.phase).toBe('holdIn');
    vi.advanceTimersByTime(12_000);
    expect(pacer.state.value.phase).toBe('in');
    vi.advanceTimersByTime(45_000);
    expect(pacer.state.value.done).toBe(true);
    expect(pacer.running.value).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('pauses and resumes where it was', () => {
    const pacer = createPacerStore();
    pacer.start();
    vi.advanceTimersByTime(9_000);
    pacer.pause();
    vi.advanceTimersByTime(30_000);
    expect(pacer.state.value.phase).toBe('out');
    expect(vi.getTimerCount()).toBe(0);
    pacer.start();
    vi.advanceTimersByTime(3_100);
    expect(pacer.state.value.phase).toBe('holdOut');
  });

  it('can be set longer, which starts over', () => {
    const pacer = createPacerStore();
    pacer.start();
    vi.advanceTimersByTime(10_000);
    pacer.setMinutes(3);
    expect(pacer.running.value).toBe(false);
    expect(pacer.state.value.totalSecondsLeft).toBe(180);
  });
});
