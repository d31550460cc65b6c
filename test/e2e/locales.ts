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
 * A plural UI string ("resources.count") for this count, chosen as @wxt-dev/i18n's t(key, count)
 * chooses: "zero | one | many" or "one | many", with $1 the count.
 */
export function uiCount(lang: TestLang, key: string, count: number): string {
  const forms = ui(lang, key, String(count)).split(' | ');
  if (forms.length === 3) return forms[Math.min(count, 2)]!;
  if (forms.length === 2) return forms[count === 1 ? 0 : 1]!;
  return forms[0]!;
}

/** A directory entry (a line or a program) by its id, from lib/content/resources.ts. */
export function resource(id: string): Resource {
  const found = RESOURCES.find((r) => r.id === id);
  if (!found) throw new Error(`no resource ${id}`);
  return found;
}
