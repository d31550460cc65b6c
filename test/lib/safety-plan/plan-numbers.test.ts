import { describe, expect, it } from 'vitest';
import { shownNumber } from '../../../lib/safety-plan/plan-numbers';

describe('a plan person’s number as shown', () => {
  it('is a known line’s own way of writing it, whatever digits the plan kept', () => {
    expect(shownNumber({ phone: '18664357362' })).toBe('1-866-HELP-DOC');
    expect(shownNumber({ phone: '1-800-663-6729' })).toBe('1-800-663-6729');
    expect(shownNumber({ phone: '18006636729' })).toBe('1-800-663-6729');
  });

  it('is as typed for anyone else, and nothing without a number', () => {
    expect(shownNumber({ phone: '(613) 555-0142' })).toBe('(613) 555-0142');
    expect(shownNumber({})).toBeUndefined();
  });
});
