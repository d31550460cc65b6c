import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { HELP_STEPS, type HelpStepId } from '../../lib/content/help';
import { INDICATORS } from '../../lib/content/indicators';

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
