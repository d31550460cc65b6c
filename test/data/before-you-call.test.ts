import { describe, expect, it } from 'vitest';
import { BEFORE_YOU_CALL, isRunByFact, type ProgramTerms } from '../../lib/content/before-you-call';
import { CANADA_LICENSING, LICENCE_FORMS, US_LICENSING } from '../../lib/content/licence-forms';
import { PHYSICIAN_PROGRAMS } from '../../lib/content/physician-programs';
import { PROVINCES } from '../../lib/content/regions';
import { REGULATOR_RUN_IDS } from '../../lib/content/regulator-run';
import { RESOURCES } from '../../lib/content/resources';
import {
  CLAIMS,
  FACT_REVIEW_WINDOW_MONTHS,
  isStated,
  type Claim,
  type Fact,
  type SourcedFact,
} from '../../lib/content/sourced-facts';

/**
 * Issue 22's data rules: every "Before you call" and licence-form fact has a source, an excerpt from
 * the research and a recent review date; a promise ("confidential", "anonymous", "safe", "no
 * records", "not reported", "not punished") appears only where an excerpt makes it too; and every
 * Canadian program card says, with a source, who runs it.
 */

/** How each claim shows in our text (English and French), and what an excerpt must say to back it. */
const CLAIM_RULES: Record<Claim, { text: RegExp; excerpt: RegExp }> = {
  confidential: { text: /confidenti/i, excerpt: /confiden/i },
  anonymous: { text: /anonym/i, excerpt: /anonym/i },
  safe: { text: /\bsafe\b|\bsûre?s?\b|sans danger|sécuritaire/i, excerpt: /\bsafe\b/i },
  noRecords: {
    text: /\bno records?\b|keeps no\b|records nothing|aucun dossier|aucune note|rien n’est consigné/i,
    excerpt:
      /no records|not documented|no identifying information is recorded|does not maintain documentation/i,
  },
  notReported: {
    text: /not reportable|not reported|pas à déclarer|pas signalée?s?\b/i,
    excerpt: /not reportable|not reported/i,
  },
  nonPunitive: {
    text: /non-?punitive|non punitif|cannot be disciplined|pas être sanctionné|not (be )?punished/i,
    excerpt: /non-punitive|disciplined .*\bNo\b|not (be )?punished/i,
  },
};

const MONTH_MS = 30.44 * 24 * 3600 * 1000;

/** Everything wrong with one fact, each problem named; empty when the fact is sound. */
export function factProblems(f: Fact, today: Date): string[] {
  if (!isStated(f)) return f.ref.trim() ? [] : ['"not stated" without a research reference'];
  const problems: string[] = [];
  if (!/^https:\/\/\S+$/.test(f.sourceUrl ?? '')) problems.push(`no https source: "${f.sourceUrl}"`);
  if (!f.excerpts?.length || f.excerpts.some((e) => !e.trim())) problems.push('no excerpt');
  if (!f.ref?.trim()) problems.push('no research reference');
  if (!f.text?.en?.trim() || !f.text?.fr?.trim()) problems.push('missing English or French');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.reviewed ?? '')) problems.push(`review date not ISO: "${f.reviewed}"`);
  else {
    const age = (today.getTime() - new Date(`${f.reviewed}T00:00Z`).getTime()) / MONTH_MS;
    if (age > FACT_REVIEW_WINDOW_MONTHS)
      problems.push(`reviewed ${f.reviewed}, over ${FACT_REVIEW_WINDOW_MONTHS} months ago`);
    if (age < -1 / 30) problems.push(`review date ${f.reviewed} is in the future`);
  }
  const texts = [f.text?.en ?? '', f.text?.fr ?? ''];
  for (const claim of CLAIMS) {
    const rule = CLAIM_RULES[claim];
    const said = texts.some((t) => rule.text.test(t));
    const declared = f.claims.includes(claim);
    if (said && !declared) problems.push(`says "${claim}" without declaring the claim`);
    if (declared && !said) problems.push(`declares "${claim}" but the text does not say it`);
    if (declared && !f.excerpts.some((e) => rule.excerpt.test(e)))
      problems.push(`claims "${claim}" but no excerpt says so`);
  }
  return problems;
}

const termsFacts = (terms: ProgramTerms): [string, Fact][] => [
  ['runBy', terms.runBy],
  ['confidentiality', terms.confidentiality],
  ['limits', terms.limits],
  ['records', terms.records],
  ['tellsRegulator', terms.tellsRegulator],
  ...(terms.notes ?? []).map((n, i): [string, Fact] => [`notes[${i}]`, n]),
];

/** Every fact in the data, with where it is. */
function allFacts(): [string, Fact][] {
  return [
    ...Object.entries(BEFORE_YOU_CALL).flatMap(([id, terms]) =>
      termsFacts(terms).map(([field, f]): [string, Fact] => [`BEFORE_YOU_CALL.${id}.${field}`, f]),
    ),
    ...Object.entries(LICENCE_FORMS).flatMap(([p, form]) =>
      (
        [
          ['asks', form.asks],
          ['helpSeeking', form.helpSeeking],
          ...(form.regulatorProgram ? [['regulatorProgram', form.regulatorProgram]] : []),
          ...(form.notes ?? []).map((n, i) => [`notes[${i}]`, n]),
        ] as [string, Fact][]
      ).map(([field, f]): [string, Fact] => [`LICENCE_FORMS.${p}.${field}`, f]),
    ),
    ['CANADA_LICENSING', CANADA_LICENSING],
    ...US_LICENSING.map((f, i): [string, Fact] => [`US_LICENSING[${i}]`, f]),
  ];
}

/** Where the research found no operator; each is shown as "not stated". Close a gap: remove it here. */
const KNOWN_WHO_RUNS_GAPS: string[] = [];

/** The program cards a Canadian region shows: Reach, Resources and the urgent area's physician lines. */
const canadianCards = () => [
  ...new Set([
    ...RESOURCES.filter((r) => r.regions.some((region) => region.startsWith('CA'))).map((r) => r.id),
    ...Object.entries(PHYSICIAN_PROGRAMS)
      .filter(([place]) => place !== 'US')
      .flatMap(([, programs]) => (programs ?? []).map((p) => p.id)),
  ]),
];

const today = new Date();

describe('issue 22: before-you-call and licence-form data', () => {
  it('every fact has a source, an excerpt, a recent review date, and only the promises its excerpt makes', () => {
    const facts = allFacts();
    expect(facts.length).toBeGreaterThan(100);
    const problems = facts.flatMap(([where, f]) => factProblems(f, today).map((p) => `${where}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('covers every card: each directory entry has terms, and each entry of the table is a real card', () => {
    const ids = RESOURCES.map((r) => r.id);
    expect(ids.filter((id) => !BEFORE_YOU_CALL[id])).toEqual([]);
    expect(Object.keys(BEFORE_YOU_CALL).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('every Canadian program card says who runs it, with a source (known research gaps listed by name)', () => {
    const cards = canadianCards();
    expect(cards.length).toBeGreaterThan(20);
    const unsourced = cards.filter((id) => {
      const runBy = BEFORE_YOU_CALL[id]?.runBy;
      return !runBy || !isRunByFact(runBy);
    });
    expect(unsourced.sort()).toEqual(KNOWN_WHO_RUNS_GAPS);
  });

  it('says plainly who is the regulator: Manitoba’s program, Nova Scotia’s College program; Ontario’s PHP keeps records', () => {
    const cpsm = BEFORE_YOU_CALL['cpsm-php']!;
    expect(isRunByFact(cpsm.runBy) && cpsm.runBy.who).toBe('regulator');
    expect(isStated(cpsm.runBy) && cpsm.runBy.text.en).toMatch(/^The regulator runs it/);
    expect(isStated(cpsm.runBy) && cpsm.runBy.text.fr).toMatch(/^L’organisme de réglementation le gère/);
    const nsNote = BEFORE_YOU_CALL['doctors-ns-psp']!.notes![0]!;
    expect(nsNote.text.en).toMatch(/regulator runs its own Health and Practice Program/);
    expect(LICENCE_FORMS.NS.regulatorProgram!.text.en).toMatch(/run by the regulator/);
    expect(LICENCE_FORMS.MB.regulatorProgram!.text.en).toMatch(/run by the regulator/);
    const oma = BEFORE_YOU_CALL['oma-php']!.records;
    expect(isStated(oma) && oma.text.en).toMatch(/^Keeps records/);
    expect(isStated(oma) && oma.text.fr).toMatch(/^Garde des dossiers/);
  });

  it('lists as regulator-run exactly the cards the facts say the regulator runs', () => {
    const regulatorRun = Object.entries(BEFORE_YOU_CALL)
      .filter(([, terms]) => isRunByFact(terms.runBy) && terms.runBy.who === 'regulator')
      .map(([id]) => id);
    expect([...REGULATOR_RUN_IDS].sort()).toEqual(regulatorRun.sort());
  });

  it('has a licence-form entry for every province and territory', () => {
    expect(Object.keys(LICENCE_FORMS).sort()).toEqual(Object.keys(PROVINCES).sort());
    // Where the research found the wording, the scope is not "not found"; PEI has nothing at all.
    expect(LICENCE_FORMS.PE.scope).toBe('not-found');
    expect(isStated(LICENCE_FORMS.PE.asks)).toBe(false);
    expect(LICENCE_FORMS.NL.scope).toBe('current');
  });
});

describe('issue 22: the data checks fail on bad data', () => {
  const good = BEFORE_YOU_CALL['bc-php']!.confidentiality as SourcedFact;

  it('accepts a sound fact', () => {
    expect(factProblems(good, today)).toEqual([]);
  });

  it('fails on a fact without a source', () => {
    expect(factProblems({ ...good, sourceUrl: '' }, today)).toContainEqual(
      expect.stringMatching(/no https source/),
    );
    expect(factProblems({ ...good, excerpts: [''] }, today)).toContainEqual('no excerpt');
  });

  it('fails on "confidential", "anonymous" or "safe" the excerpt does not support', () => {
    const unbacked = { ...good, excerpts: ['as you would expect'] as const };
    expect(factProblems(unbacked, today)).toEqual([
      'claims "confidential" but no excerpt says so',
      'claims "anonymous" but no excerpt says so',
    ]);
    const undeclared = { ...good, text: { en: 'Safe and private.', fr: 'Sûr et privé.' }, claims: [] };
    expect(factProblems(undeclared, today)).toEqual(['says "safe" without declaring the claim']);
  });

  it('fails on a review date older than the window', () => {
    const old = new Date(today.getTime() - (FACT_REVIEW_WINDOW_MONTHS + 1) * MONTH_MS);
    expect(factProblems({ ...good, reviewed: old.toISOString().slice(0, 10) }, today)).toEqual([
      expect.stringMatching(/over 12 months ago/),
    ]);
  });
});
