import type { Lang } from '../content/types';

/**
 * A language's UI strings, for a page that must speak a language other than the browser's
 * (lib/text/i18n.ts `setMessages`). Each language is its own chunk, loaded only by such a page.
 */
export function loadMessages(lang: Lang): Promise<Readonly<Record<string, string>>> {
  const messages =
    lang === 'fr' ? import('virtual:locale-messages/fr') : import('virtual:locale-messages/en');
  return messages.then((m) => m.default);
}
