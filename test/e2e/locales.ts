import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { HELP_STEPS, type HelpStepId } from '../../lib/content/help';
import { INDICATORS } from '../../lib/content/indicators';
import { RESOURCES, type Resource } from '../../lib/content/resources';

export type TestLang = 'en' | 'fr';

// The strings the built extension shows, read from the same files it is built from, so a test
// follows any rewording instead of holding a copy.
const catalogs = {
  en: generateChromeMessages(await parseMessagesFile('locales/en.yml')),
  fr: generateChromeMessages(await parseMessagesFile('locales/fr.yml')),
};

/** A UI string by its key in locales/*.yml ("help.guided"), with $1, $2… filled in. */
export function ui(lang: TestLang, key: string, ...substitutions: string[]): string {
  const entry = catalogs[lang][key.replaceAll('.', '_')];
  if (!entry) throw new Error(`locales/${lang}.yml has no ${key}`);
  return entry.message.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}

/** A sign's checkbox label, from lib/content/indicators.ts. */
export function signLabel(lang: TestLang, id: string, who: 'colleague' | 'myself'): string {
  const sign = INDICATORS.find((indicator) => indicator.id === id);
  if (!sign) throw new Error(`no sign ${id}`);
  return sign.label[who][lang];
}

/** A HELP step's title, from lib/content/help.ts. */
export function stepTitle(lang: TestLang, id: HelpStepId): string {
  const step = HELP_STEPS.find((s) => s.id === id);
  if (!step) throw new Error(`no HELP step ${id}`);
  return step.title[lang];
}

/**
 * A UI string with a count ("signs.noticedCount"), in the plural form the extension picks for it:
 * forms are "one | other" or "zero | one | other", as @wxt-dev/i18n reads them.
 */
export function uiCount(lang: TestLang, key: string, count: number): string {
  const forms = ui(lang, key, String(count)).split(' | ');
  const form = forms.length === 3 ? Math.min(count, 2) : forms.length === 2 ? (count === 1 ? 0 : 1) : 0;
  const text = forms[form];
  if (text === undefined) throw new Error(`locales/${lang}.yml: ${key} has no form for ${count}`);
  return text;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A UI string as a pattern, for text that holds what a test cannot know in advance (a date, a time):
 * each substitution given is matched as written, each one left out (or undefined) matches any text.
 * Not anchored, so it also finds the string inside a longer text.
 */
export function uiPattern(lang: TestLang, key: string, ...substitutions: (string | undefined)[]): RegExp {
  const entry = catalogs[lang][key.replaceAll('.', '_')];
  if (!entry) throw new Error(`locales/${lang}.yml has no ${key}`);
  const source = entry.message
    .split(/(\$\d)/)
    .map((part) => {
      const n = /^\$(\d)$/.exec(part)?.[1];
      if (n === undefined) return escapeRegExp(part);
      const value = substitutions[Number(n) - 1];
      return value === undefined ? '.+?' : escapeRegExp(value);
    })
    .join('');
  return new RegExp(source);
}

/** Text a person reads, as a pattern of its own: a name, a separator, a UI string's pattern. */
export function textPattern(...parts: (string | RegExp)[]): RegExp {
  return new RegExp(
    parts.map((part) => (typeof part === 'string' ? escapeRegExp(part) : part.source)).join(''),
  );
}

/** A resource or physician program by its id in lib/content/resources.ts or physician-programs.ts. */
export function resource(id: string): Resource {
  const found = RESOURCES.find((entry) => entry.id === id);
  if (!found) throw new Error(`no resource ${id}`);
  return found;
}
