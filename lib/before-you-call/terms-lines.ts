import type { ProgramTerms } from '../content/before-you-call';
import type { RunBy } from '../content/run-by';
import { FACTS_REVIEWED, isStated, type Fact } from '../content/sourced-facts';
import type { Lang } from '../content/types';

export const TERMS_FIELDS = ['runBy', 'confidentiality', 'limits', 'records', 'tellsRegulator'] as const;
/** What a line is about: a program's terms, a licence form's parts, a note, or a plain fact (no label). */
export type TermsField =
  (typeof TERMS_FIELDS)[number] | 'asks' | 'helpSeeking' | 'regulatorProgram' | 'note' | 'fact';

/** One line of "Before you call", in the page's language: null text means "not stated". */
export interface TermsLine {
  field: TermsField;
  text: string | null;
  sourceUrl?: string;
  /** ISO date the line was checked. */
  reviewed?: string;
}

const line = (field: TermsField, fact: Fact, lang: Lang): TermsLine =>
  isStated(fact)
    ? { field, text: fact.text[lang], sourceUrl: fact.sourceUrl, reviewed: fact.reviewed }
    : // When the research looked and found nothing: the date it looked.
      { field, text: null, reviewed: FACTS_REVIEWED };

/** A program's terms as lines, in a fixed order, each sourced or "not stated". */
export function programLines(terms: ProgramTerms, lang: Lang): TermsLine[] {
  return [
    ...TERMS_FIELDS.map((field) => line(field, terms[field], lang)),
    ...(terms.notes ?? []).map((note) => line('note', note, lang)),
  ];
}

/** What an institution says about its own program (policy), in its own words and language. */
export interface InstitutionTerms {
  runBy?: RunBy;
  confidentiality?: string;
  limits?: string;
  records?: string;
  tellsRegulator?: string;
  sourceUrl?: string;
  reviewed?: string;
}

/**
 * An institution's terms as lines: each field it gave, with its page and date; "not stated" for the
 * rest, as for any program. `runByName` names the kind of body in the page's language.
 */
export function institutionLines(terms: InstitutionTerms, runByName: (who: RunBy) => string): TermsLine[] {
  return TERMS_FIELDS.map((field) => {
    const text = field === 'runBy' ? terms.runBy && runByName(terms.runBy) : terms[field];
    return text
      ? { field, text, sourceUrl: terms.sourceUrl, reviewed: terms.reviewed }
      : { field, text: null, reviewed: terms.reviewed };
  });
}
