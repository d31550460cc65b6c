/** Box breathing: in 4, hold 4, out 4, hold 4 (research/content-facts.md, section 7). */
export const BOX_PHASES = ['in', 'holdIn', 'out', 'holdOut'] as const;
export type BreathPhase = (typeof BOX_PHASES)[number];
export const PHASE_SECONDS = 4;
export const CYCLE_SECONDS = PHASE_SECONDS * BOX_PHASES.length;
export const DURATION_CHOICES = [1, 2, 3, 5] as const;

export interface PacerState {
  phase: BreathPhase;
  /** Whole seconds left in this phase, 4 down to 1. */
  secondsLeft: number;
  /** Whole minutes and seconds left in the exercise, for the text countdown. */
  totalSecondsLeft: number;
  done: boolean;
}

/** Where the exercise is after `elapsedMs` of a `minutes`-long session. Pure: the store owns time. */
export function pacerAt(elapsedMs: number, minutes: number): PacerState {
  const totalMs = minutes * 60_000;
  const clamped = Math.min(Math.max(elapsedMs, 0), totalMs);
  const done = clamped >= totalMs;
  const intoCycle = done ? 0 : clamped % (CYCLE_SECONDS * 1000);
  const phaseIndex = Math.floor(intoCycle / (PHASE_SECONDS * 1000));
  const intoPhase = intoCycle - phaseIndex * PHASE_SECONDS * 1000;
  return {
    phase: BOX_PHASES[phaseIndex] ?? 'in',
    secondsLeft: PHASE_SECONDS - Math.floor(intoPhase / 1000),
    totalSecondsLeft: Math.ceil((totalMs - clamped) / 1000),
    done,
  };
}
