import type { Localized } from './types';

/**
 * Words that promise something to a caller. A fact may use one only when its recorded excerpt says
 * so too (test/data/before-you-call.test.ts holds the text and the excerpts to this).
 */
export const CLAIMS = [
  'confidential',
  'anonymous',
  'safe',
  'noRecords',
  'notReported',
  'nonPunitive',
] as const;
export type Claim = (typeof CLAIMS)[number];

/**
 * One fact about a program or a regulator, as a short line in both languages, with where it comes
 * from. The excerpts are copied from the research notes (research/content-facts-4-licensing.md and
 * its siblings, named in `ref`), so a reviewer can find the row and the source's own words.
 */
export interface SourcedFact {
  text: Localized;
  sourceUrl: string;
  /** Fragments of the research notes (the source's words or the notes' paraphrase) backing the text. */
  excerpts: readonly [string, ...string[]];
  /** Which research file and section, e.g. "content-facts-4-licensing.md §1 Ontario, OMA PHP". */
  ref: string;
  /** ISO date this fact was last checked against the research (see FACT_REVIEW_WINDOW_MONTHS). */
  reviewed: string;
  /** Promises the text makes; each must be backed by an excerpt. */
  claims: readonly Claim[];
}

/** The research looked and found nothing: the product says "not stated", never a guess. */
export interface NotStated {
  notStated: true;
  /** Where the research says it was not found. */
  ref: string;
}

export type Fact = SourcedFact | NotStated;

export const isStated = (fact: Fact): fact is SourcedFact => !('notStated' in fact);

/**
 * How old a fact may get before the data test fails: 12 months. Colleges renew licences every year
 * and change their forms between renewals (Saskatchewan in 2022); programs change who answers the
 * phone (Doctors Manitoba, December 2022). A fact older than one renewal cycle may describe last
 * year's form or provider.
 */
export const FACT_REVIEW_WINDOW_MONTHS = 12;

/** When the facts of issue 22 were checked against research/content-facts-4-licensing.md. */
export const FACTS_REVIEWED = '2026-12-03';

/** A fact checked on FACTS_REVIEWED. */
export const fact = (
  text: Localized,
  sourceUrl: string,
  excerpts: SourcedFact['excerpts'],
  ref: string,
  claims: readonly Claim[] = [],
): SourcedFact => ({ text, sourceUrl, excerpts, ref, reviewed: FACTS_REVIEWED, claims });

export const notStated = (ref: string): NotStated => ({ notStated: true, ref });
