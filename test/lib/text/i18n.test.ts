import { afterEach, describe, expect, it } from 'vitest';
import { t, setMessages } from '../../../lib/text/i18n';
import { effectiveLang } from '../../../lib/text/language';
import { loadMessages } from '../../../lib/text/load-messages';

afterEach(() => setMessages(null));

describe('strings in a chosen language', () => {
  it('follow the browser until a table is handed over, then come from it', async () => {
    expect(t('tabs.journal')).toBe('Journal');
    expect(t('options.languageLabel')).toBe('Language');
    setMessages(await loadMessages('fr'));
    expect(t('options.languageLabel')).toBe('Langue');
    setMessages(null);
    expect(t('options.languageLabel')).toBe('Language');
  });

  it('fill substitutions and pick plural forms the way the browser does', async () => {
    setMessages(await loadMessages('fr'));
    expect(t('urgent.regionNote', ['Québec'])).toBe('Numéros pour\u00a0: Québec.');
    expect(t('calm.minutes', 1)).toBe('1 minute');
    expect(t('calm.minutes', 5)).toBe('5 minutes');
    setMessages({ price: 'Costs $$$1', forms: 'none | one | $1 many' });
    // Keys outside the typed catalogue, to try the rules themselves.
    const untyped = t as unknown as (key: string, ...args: unknown[]) => string;
    expect(untyped('price', ['5'])).toBe('Costs $5');
    expect([0, 1, 7].map((n) => untyped('forms', n))).toEqual(['none', 'one', '7 many']);
  });

  it('give the same English as the browser for every key', async () => {
    const table = await loadMessages('en');
    for (const [key, message] of Object.entries(table)) {
      if (message.includes('$') || message.includes(' | ')) continue;
      expect(t(key.replaceAll('_', '.') as never), key).toBe(message);
    }
  });
});

describe('effectiveLang', () => {
  it('takes the user’s choice, else the institution’s, else the browser’s', () => {
    expect(effectiveLang('auto', undefined, 'en')).toBe('en');
    expect(effectiveLang('auto', 'fr', 'en')).toBe('fr');
    expect(effectiveLang('en', 'fr', 'fr')).toBe('en');
    expect(effectiveLang('fr', undefined, 'en')).toBe('fr');
  });
});
