/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { PROVINCES } from '../../lib/region/region';

/**
 * French follows one typographic convention, the OQLF's, written into the data itself:
 * a non-breaking space (U+00A0) before ":" and inside « », and no space at all before ? ! ;
 * (the project's chosen rule for those three). Plus the wording rules from the developers' guide.
 */

interface FrenchText {
  /** Where the string lives: "locales/fr.yml help.heading", "lib/content/help.ts HELP_STEPS[0].toDo[1].fr". */
  where: string;
  text: string;
}

async function localeStrings(): Promise<FrenchText[]> {
  const messages = await parseMessagesFile('locales/fr.yml');
  return messages
    .filter((m) => m.key.join('.') !== 'lang' && !m.key.join('.').startsWith('@@'))
    .flatMap((m) => {
      const key = m.key.join('.');
      if (m.type === 'plural')
        return Object.entries(m.plurals).map(([n, text]) => ({ where: `locales/fr.yml ${key}.${n}`, text }));
      return [{ where: `locales/fr.yml ${key}`, text: m.message }];
    });
}

/**
 * Every `fr` string anywhere inside a value, with the path that leads to it. An object met again
 * (RESOURCES reuses PHYSICIAN_PROGRAMS' texts) is reported once, under the first path that led to it.
 */
function frenchIn(value: unknown, path: string, seen = new WeakSet<object>()): FrenchText[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  if (Array.isArray(value)) return value.flatMap((item, i) => frenchIn(item, `${path}[${i}]`, seen));
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'fr' && typeof inner === 'string'
      ? [{ where: `${path}.fr`, text: inner }]
      : frenchIn(inner, `${path}.${key}`, seen),
  );
}

function contentStrings(): FrenchText[] {
  const modules = import.meta.glob('../../lib/content/*.ts', { eager: true });
  const seen = new WeakSet<object>();
  return [
    ...Object.entries(modules)
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([file, exports]) =>
        Object.entries(exports as Record<string, unknown>).flatMap(([name, value]) =>
          frenchIn(value, `${file.replace('../../', '')} ${name}`, seen),
        ),
      ),
    ...frenchIn(PROVINCES, 'lib/region/region.ts PROVINCES', seen),
  ];
}

/** Shows the spaces that matter: "·" an ordinary space, "⍽" U+00A0, "⌴" any other space. */
const visible = (text: string) =>
  text
    .replace(/ /g, '·')
    .replace(/\u00a0/g, '⍽')
    .replace(/[\u2000-\u200b\u202f\u205f\u3000\t]/g, '⌴');

/** The typography faults in one string, each with the spot where it is. */
export function typographyFaults(text: string): string[] {
  const faults: string[] = [];
  const at = (index: number, rule: string) =>
    faults.push(`${rule} at ${index}: "…${visible(text.slice(Math.max(0, index - 12), index + 12))}…"`);
  for (const match of text.matchAll(/:/g)) {
    const i = match.index;
    if (text.startsWith('//', i + 1)) continue; // a web address
    if (text[i - 1] !== '\u00a0') at(i, 'needs U+00A0 (not an ordinary or missing space) before ":"');
  }
  for (const match of text.matchAll(/«/g))
    if (text[match.index + 1] !== '\u00a0') at(match.index, 'needs U+00A0 after "«"');
  for (const match of text.matchAll(/»/g))
    if (text[match.index - 1] !== '\u00a0') at(match.index, 'needs U+00A0 before "»"');
  for (const match of text.matchAll(/\s+[?!;]/gu)) at(match.index, 'no space of any kind before ? ! ;');
  for (const match of text.matchAll(/[“”"]/g)) at(match.index, 'French quotes are « », not “ ” or "');
  return faults;
}

/** Wording the guide rules out: anglicisms, and 24/7 written the English way. */
const BANNED = [
  /en plein rush/i,
  /ont du sens/i,
  /je te relance/i,
  /tendez la main/i,
  /quoi faire/i,
  /mes personnes/i,
  /font le 1/i,
  /\b24\/7\b/,
  /\b24 heures sur 24\b/,
];

const all = [...(await localeStrings()), ...contentStrings()];

describe('French typography and wording', () => {
  it('finds the French strings of the locale file and of every content module', () => {
    expect(all.filter((s) => s.where.startsWith('locales/')).length).toBeGreaterThan(250);
    const files = new Set(all.map((s) => s.where.split(' ')[0]));
    for (const file of [
      'lib/content/help.ts',
      'lib/content/indicators.ts',
      'lib/content/physician-programs.ts',
      'lib/content/resources.ts',
      'lib/content/crisis-lines.ts',
    ])
      expect(files, file).toContain(file);
  });

  it('puts U+00A0 before ":" and inside « », and no space before ? ! ;', () => {
    const faults = all.flatMap(({ where, text }) => typographyFaults(text).map((f) => `${where}: ${f}`));
    expect(faults).toEqual([]);
  });

  it('avoids the anglicisms the guide names, and writes 24/7 as “24 h sur 24, 7 jours sur 7”', () => {
    const found = all.flatMap(({ where, text }) =>
      BANNED.filter((pattern) => pattern.test(text)).map((pattern) => `${where}: ${pattern} in "${text}"`),
    );
    expect(found).toEqual([]);
  });

  it('names the fault and where it is', () => {
    expect(typographyFaults('Détails : $1')).toEqual([
      'needs U+00A0 (not an ordinary or missing space) before ":" at 8: "…Détails·:·$1…"',
    ]);
    expect(typographyFaults('Détails: $1')).toHaveLength(1);
    expect(typographyFaults('« Ça va? »')).toHaveLength(2);
    expect(typographyFaults('Ça va\u00a0?')).toHaveLength(1);
    expect(typographyFaults('«\u00a0Ça va?\u00a0» Détails\u00a0: https://example.org')).toEqual([]);
  });
});
