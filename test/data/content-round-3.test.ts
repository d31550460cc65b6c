/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { CARD_HELP_LINES, CARD_LABELS } from '../../lib/content/pocket-card';
import { AFTER_EVENT_PATHS } from '../../lib/content/difficult-event';
import { HELP_STEPS } from '../../lib/content/help';
import { PHYSICIAN_PROGRAMS, type PhysicianProgram } from '../../lib/content/physician-programs';
import { reportingSourcesFor } from '../../lib/content/reporting-duties';
import { RESOURCES } from '../../lib/content/resources';
import { PEER_SUPPORT_HELPERS } from '../../lib/content/start-peer-support';
import { VERIFIED_DIGITS } from '../../lib/content/verified-numbers';
import { nationalOptions } from '../../lib/resources/programs';

/**
 * Issue 18 (clinical content, round 3). Facts: research/content-facts-3.md. Wording rules: no
 * sentence over 25 words, program names never half-translated, one French word for "buddy".
 */

type Lang = 'en' | 'fr';
interface Text {
  where: string;
  text: string;
}

async function localeStrings(lang: Lang): Promise<Text[]> {
  const messages = await parseMessagesFile(`locales/${lang}.yml`);
  return messages.flatMap((m) => {
    const key = m.key.join('.');
    if (key === 'lang' || key.startsWith('@@')) return [];
    if (m.type === 'plural')
      return Object.entries(m.plurals).map(([n, text]) => ({
        where: `locales/${lang}.yml ${key}.${n}`,
        text,
      }));
    return [{ where: `locales/${lang}.yml ${key}`, text: m.message }];
  });
}

function textsIn(value: unknown, lang: Lang, path: string, seen = new WeakSet<object>()): Text[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, inner]) =>
    key === lang && typeof inner === 'string'
      ? [{ where: `${path}.${lang}`, text: inner }]
      : textsIn(inner, lang, `${path}.${key}`, seen),
  );
}

function contentStrings(lang: Lang): Text[] {
  const modules = import.meta.glob('../../lib/content/*.ts', { eager: true });
  const seen = new WeakSet<object>();
  return Object.entries(modules).flatMap(([file, exports]) =>
    Object.entries(exports as Record<string, unknown>).flatMap(([name, value]) =>
      textsIn(value, lang, `${file.replace('../../', '')} ${name}`, seen),
    ),
  );
}

/** The sentences of a text: split after . ! ? … followed by a space. */
const sentences = (text: string) => text.split(/(?<=[.!?…])\s+/u);
/** Words: runs between spaces (ordinary or not) that hold a letter or a digit; "d’une" is one word. */
const wordCount = (sentence: string) =>
  sentence.split(/[\s\u00a0]+/u).filter((w) => /[\p{L}\d]/u.test(w)).length;

/** The sentences over 25 words, each with where it is. */
export function longSentences(texts: Text[], max = 25): string[] {
  return texts.flatMap(({ where, text }) =>
    sentences(text)
      .filter((s) => wordCount(s) > max)
      .map((s) => `${where} (${wordCount(s)} words): ${s}`),
  );
}

// English words that give away an English program name inside a French one.
const ENGLISH_NAME_WORDS =
  /\b(Program|Physicians?|Health|Support|Wellness|Helpline|Line|Family|Peer|Mentoring|Resident)\b/;

/**
 * A French program name is half-translated when it mixes an English name's words with French
 * ("Physician Health Program de la C.-B."): it must keep the English name whole (a French gloss may
 * follow in parentheses), or be an official French name with its source, or translate a description.
 */
export function halfTranslated(program: Pick<PhysicianProgram, 'name' | 'frNameSource' | 'descriptiveName'>) {
  const { en, fr } = program.name;
  const core = en.replace(/\s*\([^)]*\)$/, '');
  if (fr === en || fr.startsWith(`${core} (`) || fr === core) return false;
  if (program.frNameSource || program.descriptiveName) return ENGLISH_NAME_WORDS.test(fr);
  return true;
}

const everyProgram: PhysicianProgram[] = [...RESOURCES];

describe('issue 18: wording rules', () => {
  it('no sentence over 25 words, in English or in French', async () => {
    for (const lang of ['en', 'fr'] as const)
      expect(longSentences([...(await localeStrings(lang)), ...contentStrings(lang)]), lang).toEqual([]);
  });

  it('the sentence check fails on a French sentence over 25 words', () => {
    const long =
      'Aide par les pairs, indépendante et confidentielle, pour les médecins, médecins résidents, étudiantes et étudiants en médecine du Québec, ainsi que pour toute personne inquiète au sujet de l’un ou l’une d’entre eux.';
    expect(longSentences([{ where: 'x', text: long }])).toHaveLength(1);
    expect(longSentences([{ where: 'x', text: 'Court. Aussi court.' }])).toEqual([]);
  });

  it('keeps every program’s English name whole in French, or uses its sourced official French name', () => {
    expect(everyProgram.length).toBeGreaterThan(20);
    const half = everyProgram.filter(halfTranslated).map((p) => `${p.id}: ${p.name.fr}`);
    expect(half).toEqual([]);
    expect(PEER_SUPPORT_HELPERS.find((h) => h.id === 'uottawa-fwp')!.name.fr).not.toMatch(
      /corps professoral/,
    );
  });

  it('the name check fails on a half-translated program name', () => {
    expect(
      halfTranslated({
        name: { en: 'Physician Health Program of BC', fr: 'Physician Health Program de la C.-B.' },
      }),
    ).toBe(true);
    expect(
      halfTranslated({
        name: {
          en: 'Physician Health Program of BC',
          fr: 'Physician Health Program of BC (programme de santé des médecins de la C.-B.)',
        },
      }),
    ).toBe(false);
  });

  it('uses the official French names from part 3', () => {
    const byId = (id: string) => RESOURCES.find((r) => r.id === id)!;
    expect(byId('ca-988').name.fr).toBe('9-8-8\u00a0: Ligne d’aide en cas de crise de suicide');
    expect(byId('cma-support-line').name.fr).toBe('Ligne SOS bien-être de l’AMC');
    expect(byId('uottawa-pgme-wellbeing').name.fr).toMatch(
      /^Programme de promotion de la santé et du bien-être pour les médecins en formation/,
    );
    expect(byId('uottawa-faculty-wellness').name.fr).toMatch(/^Programme de mieux-être à la Faculté/);
  });
});

describe('issue 18: French wording', () => {
  it('one word for "buddy": « binôme », never « personne de confiance » or « jumelage » for it', async () => {
    const fr = await localeStrings('fr');
    const buddyKeys = [
      'contacts.buddyBadge',
      'contacts.fields.isBuddy',
      'pocketCard.includeBuddy',
      'checkIns.heading',
      'checkIns.someone',
    ];
    for (const key of buddyKeys)
      expect(fr.find((t) => t.where.endsWith(` ${key}`))!.text, key).toMatch(/binôme/);
    expect(CARD_LABELS.buddy.fr).toBe('Mon binôme');
    const all = [...fr, ...contentStrings('fr')];
    expect(all.filter((t) => /jumel/.test(t.text)).map((t) => t.where)).toEqual([]);
  });

  it('« impression de vide », « Lui dire » for one colleague, OMCO not CPSO', () => {
    const fr = contentStrings('fr').map((t) => t.text);
    expect(fr.filter((t) => /engourdissement/.test(t))).toEqual([]);
    expect(fr.some((t) => /impression de vide/.test(t))).toBe(true);
    const normal = AFTER_EVENT_PATHS.colleague.find((s) => s.id === 'normal')!;
    expect(normal.items.map((i) => i.fr).join(' ')).toMatch(/Lui dire que c’est normal/);
    expect(fr.filter((t) => /\bCPSO\b/.test(t))).toEqual([]);
    expect(reportingSourcesFor('CA-ON')[1]!.name.fr).toMatch(/^OMCO/);
  });

  it('a non-breaking space in "24 h" and in time ranges', async () => {
    const all = [...(await localeStrings('fr')), ...contentStrings('fr')];
    const faults = all.filter(({ text }) => /\d h\b|\bh \d|\d jours sur 7/.test(text)).map((t) => t.where);
    expect(faults).toEqual([]);
  });

  it('no code leaks into the words: no "${", "undefined" or "NaN" in any string, in either language', async () => {
    // A '${N}' written in quotes instead of a template once showed "24${N}h sur 24" to French readers.
    const all = (['en', 'fr'] as const).flatMap((lang) => contentStrings(lang));
    all.push(...(await localeStrings('en')), ...(await localeStrings('fr')));
    const faults = all.filter(({ text }) => /\$\{|\bundefined\b|\bNaN\b/.test(text)).map((t) => t.where);
    expect(faults).toEqual([]);
  });

  it('the pocket card’s HELP lines read as a Québec clinician says them', () => {
    expect(CARD_HELP_LINES.hello.line.fr).toMatch(/comment ça va, pour vrai/);
    expect(CARD_HELP_LINES.empathize.line.fr).not.toMatch(/Ne réglez, ne jugez/);
    expect(CARD_HELP_LINES.plan.line.fr).toMatch(/suivi/);
  });
});

describe('issue 18: facts', () => {
  it('Manitoba: the CPSM program is the College’s and its phone is a self-report; Doctors Manitoba is linked', () => {
    const [cpsm, doctorsMb] = PHYSICIAN_PROGRAMS.MB!;
    expect(cpsm!.about.en).toMatch(/Run by the College/);
    expect(cpsm!.about.en).toMatch(/self-report/);
    expect(cpsm!.about.en).not.toMatch(/confidential/i);
    expect(cpsm!.lines[0]!.note.en).toMatch(/self-report/);
    expect(doctorsMb!.id).toBe('doctors-manitoba-pfsp');
    expect(doctorsMb!.lines).toEqual([]); // its number is not verified: link only
    expect(doctorsMb!.url).toBe(
      'https://doctorsmanitoba.ca/benefits-insurance/insurance/insurance-options-for-physicians/wellness-programs',
    );
  });

  it('never calls a program "the confidential route"', async () => {
    for (const lang of ['en', 'fr'] as const) {
      const all = [...(await localeStrings(lang)), ...contentStrings(lang)];
      expect(
        all.filter((t) => /confidential route|voie confidentielle/i.test(t.text)).map((t) => t.where),
      ).toEqual([]);
    }
  });

  it('HELP’s confidentiality phrase says what programs usually promise and where it ends', () => {
    const link = HELP_STEPS.find((s) => s.id === 'link')!;
    const phrase = link.phrases.find((p) => /confidential/.test(p.en))!;
    expect(phrase.en).toMatch(
      /usually promise confidentiality, except in legal proceedings or when someone’s safety is at risk/,
    );
    expect(phrase.fr).toMatch(/En général.*sauf en justice ou si la sécurité de quelqu’un est en jeu/);
    // Nothing the sources do not say: no claim that many colleagues have used them.
    expect(phrase.en).not.toMatch(/lots of us|many of us/i);
    expect(phrase.fr).not.toMatch(/beaucoup d’entre nous/i);
  });

  it('no "charge physician": the person in charge as Canadian hospitals name them', async () => {
    const en = await localeStrings('en');
    expect(en.filter((t) => /charge physician/i.test(t.text))).toEqual([]);
    expect(en.find((t) => t.where.endsWith(' urgentKinds.impairedTell'))!.text).toMatch(
      /most responsible physician on duty, the chief or head of service, or a resident’s program director/,
    );
  });

  it('OMA Physician Health Program: "business hours", not exact times', () => {
    const oma = PHYSICIAN_PROGRAMS.ON!.find((p) => p.id === 'oma-php')!;
    expect(oma.hours.en).toMatch(/business hours/);
    expect(oma.lines[0]!.note.en).toBe('business hours');
    expect(JSON.stringify(oma)).not.toMatch(/8:45|8 h 45/);
  });

  it('reporting-duties pages for Manitoba, Newfoundland and Labrador and the Northwest Territories', () => {
    expect(reportingSourcesFor('CA-MB').map((s) => s.url)).toContain(
      'http://cpsm.mb.ca/news/three-things-you-may-not-know-about-the-physician-health-program',
    );
    expect(reportingSourcesFor('CA-NL').map((s) => s.url)).toContain(
      'https://cpsnl.ca/complaints-discipline/filing-a-complaint/duty-to-report-a-colleague/',
    );
    expect(reportingSourcesFor('CA-NT').map((s) => s.url)).toContain(
      'https://www.hss.gov.nt.ca/en/services/medical-licence/health-reporting-guidelines-medical-practitioners-regulated-northwest',
    );
  });

  it('the CMPA advisors line is for CMPA members; the NWT Help Line stands in the territory', () => {
    const cmpa = RESOURCES.find((r) => r.id === 'cmpa')!;
    expect(cmpa.audience?.en).toBe('CMPA members');
    const nwt = RESOURCES.find((r) => r.id === 'nwt-help-line')!;
    expect(nwt.lines[0]!.display).toBe('1-800-661-0844');
    expect(VERIFIED_DIGITS.has('8006610844')).toBe(true);
    expect(nwt.is24h).toBe(true);
    const options = nationalOptions('CA-NT').map((p) => p.id);
    expect(options[0]).toBe('nwt-help-line');
    expect(options).toEqual(expect.arrayContaining(['cma-wellness-connection', 'cmpa']));
    expect(nationalOptions('CA-YT').map((p) => p.id)).not.toContain('nwt-help-line');
  });

  it('the Faculty Wellness Program is on Reach in Ontario with its phone', () => {
    const fwp = RESOURCES.find((r) => r.id === 'uottawa-faculty-wellness')!;
    expect(fwp.onReach).toBe(true);
    expect(fwp.lines.map((l) => l.digits)).toEqual(['6135625211']);
  });
});
