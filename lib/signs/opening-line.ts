import { INDICATORS } from '../content/indicators';
import type { Lang } from '../content/types';

const MAX_SIGNS = 2;

/**
 * An opening line for HELP's Hello step, built from the signs a colleague noticed: at most two,
 * named specifically (a vague "everything OK?" invites "I'm fine"), then an open question.
 * Red flags never appear here: they go to the urgent block instead.
 */
export function buildOpeningLine(tickedIds: Iterable<string>, lang: Lang): string | null {
  const ticked = new Set(tickedIds);
  const noticed = INDICATORS.filter((i) => ticked.has(i.id) && !i.redFlag && i.noticed)
    .slice(0, MAX_SIGNS)
    .map((i) => i.noticed![lang]);
  if (noticed.length === 0) return null;
  if (lang === 'fr') {
    return `J’ai remarqué ${noticed.map(que).join(' et ')} ces temps-ci. Comment ça va?`;
  }
  return `I’ve noticed ${noticed.join(' and ')} lately. How are you doing?`;
}

/** French "que" before a clause, elided before a vowel: "que tu…", "qu’on…". */
function que(clause: string): string {
  return /^[aeiouyéèêh]/i.test(clause) ? `qu’${clause}` : `que ${clause}`;
}
