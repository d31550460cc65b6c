import { describe, expect, it } from 'vitest';
import {
  checkPlan,
  emptyPlan,
  isEmptyPlan,
  linesOf,
  LIMITS,
  PLAN_STEPS,
  planText,
  type SafetyPlan,
} from '../../../lib/safety-plan/safety-plan';

const filled = (): SafetyPlan => {
  const plan = emptyPlan(1_800_000_000_000);
  plan.steps.warningSigns.items = ['I stop answering messages'];
  plan.steps.askForHelp.people = [{ from: 'reach', ref: 'c1', name: 'Sam', phone: '613-555-0100' }];
  plan.steps.professionals.people = [{ from: 'line', ref: 'oma-php', name: 'PHP', phone: '1-800-851-6606' }];
  plan.reasons = ['My kids'];
  return plan;
};

describe('the safety plan schema', () => {
  it('accepts an empty plan and a filled one', () => {
    expect(checkPlan(emptyPlan())).toBe(true);
    expect(checkPlan(filled())).toBe(true);
  });

  it('has the six steps in order, then reasons', () => {
    expect(PLAN_STEPS).toEqual([
      'warningSigns',
      'onMyOwn',
      'distractions',
      'askForHelp',
      'professionals',
      'saferSurroundings',
    ]);
    expect(Object.keys(emptyPlan().steps)).toEqual([...PLAN_STEPS]);
  });

  it.each([
    ['a missing step', (p: SafetyPlan) => delete (p.steps as Partial<SafetyPlan['steps']>).onMyOwn],
    ['another format', (p: SafetyPlan) => ((p as { format: number }).format = 2)],
    ['a line too long', (p: SafetyPlan) => (p.reasons = ['x'.repeat(LIMITS.itemLength + 1)])],
    ['too many lines', (p: SafetyPlan) => (p.steps.onMyOwn.items = Array(LIMITS.items + 1).fill('walk'))],
    [
      'a person from nowhere',
      (p: SafetyPlan) => ((p.steps.askForHelp.people[0] as { from: string }).from = 'web'),
    ],
    ['a number with letters', (p: SafetyPlan) => (p.steps.askForHelp.people[0]!.phone = 'call me')],
    ['a time that is not a number', (p: SafetyPlan) => ((p as { updatedAt: unknown }).updatedAt = 'now')],
    ['an item that is not text', (p: SafetyPlan) => ((p.reasons as unknown[]) = [42])],
  ])('refuses %s', (_name, spoil) => {
    const plan = filled();
    spoil(plan);
    expect(checkPlan(plan)).toBe(false);
  });

  it('keeps one entry per non-blank line, trimmed and within the limits', () => {
    expect(linesOf('  walk the dog \n\n music\n')).toEqual(['walk the dog', 'music']);
    expect(linesOf(Array(30).fill('a').join('\n'))).toHaveLength(LIMITS.items);
    expect(linesOf('y'.repeat(400))[0]).toHaveLength(LIMITS.itemLength);
  });

  it('knows an empty plan, and lists every word of a filled one', () => {
    expect(isEmptyPlan(emptyPlan())).toBe(true);
    expect(isEmptyPlan(filled())).toBe(false);
    expect(planText(filled())).toContain('613-555-0100');
    expect(planText(filled())).toContain('My kids');
  });
});
