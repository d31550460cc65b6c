import { PHYSICIAN_PROGRAMS } from '../content/physician-programs';
import { RESOURCES } from '../content/resources';
import { normalizeDigits } from '../content/verified-numbers';
import type { PlanPerson } from './safety-plan';

/**
 * Every line the product knows, by its digits, written as the product writes it elsewhere (the
 * line's `display`, e.g. "1-866-HELP-DOC"). The plan keeps digits only when the display holds
 * letters its schema refuses; this puts the product's own way of writing the number back.
 */
const DISPLAY_BY_DIGITS: ReadonlyMap<string, string> = new Map(
  [...Object.values(PHYSICIAN_PROGRAMS).flat(), ...RESOURCES]
    .flatMap((program) => program?.lines ?? [])
    .map((line) => [normalizeDigits(line.digits), line.display]),
);

/** The number shown beside a person of the plan: a known line as the product writes it, else as typed. */
export function shownNumber(person: Pick<PlanPerson, 'phone'>): string | undefined {
  if (!person.phone) return undefined;
  return DISPLAY_BY_DIGITS.get(normalizeDigits(person.phone)) ?? person.phone;
}
