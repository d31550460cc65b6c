/**
 * The program cards run by a regulator, so a card's "Before you call" can say so before it is opened
 * without loading the facts (before-you-call.ts). test/data/before-you-call.test.ts holds this list
 * to the facts.
 */
export const REGULATOR_RUN_IDS: readonly string[] = ['cpsm-php'];
