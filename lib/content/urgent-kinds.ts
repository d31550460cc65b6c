/**
 * The three kinds of urgent, each with its own first step: a risk of suicide, a threat to others
 * (911 first), and a colleague impaired at work with patients at risk now (patients first). Kept
 * apart from the Signs checklist so HELP's urgent help loads without it.
 */
export type UrgentKind = 'suicide' | 'threat' | 'impaired';
export const URGENT_KINDS: readonly UrgentKind[] = ['threat', 'suicide', 'impaired'];
