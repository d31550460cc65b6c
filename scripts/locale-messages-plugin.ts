import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:locale-messages/';

/**
 * `import messages from 'virtual:locale-messages/fr'` gives a language's UI strings as a plain
 * table (key → message), built from locales/<lang>.yml the same way WXT builds _locales/. The
 * browser's own i18n serves only the browser's language; this table serves the language a user or
 * an institution chose instead (lib/text/i18n.ts). Built at build time: nothing is fetched.
 */
export function localeMessages(root = process.cwd()): Plugin {
  return {
    name: 'been-there:locale-messages',
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
    async load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const lang = id.slice(PREFIX.length + 1);
      if (!/^[a-z]{2}$/.test(lang)) throw new Error(`No such locale: ${lang}`);
      this.addWatchFile(resolve(root, 'locales', `${lang}.yml`));
      return `export default ${JSON.stringify(await readMessages(lang, root))};`;
    },
  };
}

/** One language's UI strings as a table (key → message), as WXT builds _locales/<lang>/messages.json. */
export async function readMessages(lang: string, root = process.cwd()): Promise<Record<string, string>> {
  const messages = generateChromeMessages(await parseMessagesFile(resolve(root, 'locales', `${lang}.yml`)));
  return Object.fromEntries(Object.entries(messages).map(([key, value]) => [key, value.message]));
}
