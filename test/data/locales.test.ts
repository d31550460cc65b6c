import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessagesFile, type ParsedMessage } from '@wxt-dev/i18n/build';

// Chrome's predefined @@ messages are not ours to translate.
const ours = (messages: ParsedMessage[]) =>
  messages.filter((m) => !m.key.join('.').startsWith('@@') && m.key.join('.') !== 'lang');
const en = ours(await parseMessagesFile('locales/en.yml'));
const fr = ours(await parseMessagesFile('locales/fr.yml'));
const byKey = (messages: ParsedMessage[]) => new Map(messages.map((m) => [m.key.join('.'), m]));
const text = (m: ParsedMessage) => (m.type === 'plural' ? Object.values(m.plurals).join('|') : m.message);

describe('locales', () => {
  it('fits the stores: a description of at most 132 characters and a name of at most 75, in every language', () => {
    // The Chrome Web Store refuses a longer manifest description, and Edge Add-ons checks every locale.
    for (const messages of [en, fr]) {
      const message = byKey(messages);
      expect(text(message.get('extDescription')!).length).toBeLessThanOrEqual(132);
      expect(text(message.get('extName')!).length).toBeLessThanOrEqual(75);
    }
  });

  it('has the same keys in English and French', () => {
    expect([...byKey(fr).keys()].sort()).toEqual([...byKey(en).keys()].sort());
  });

  it('has no empty message and the same placeholders in both languages', () => {
    const french = byKey(fr);
    for (const message of en) {
      const key = message.key.join('.');
      const other = french.get(key)!;
      expect(text(message).trim(), key).toBeTruthy();
      expect(text(other).trim(), key).toBeTruthy();
      expect(other.substitutions, key).toBe(message.substitutions);
    }
  });

  it('is actually translated: most French strings differ from the English', () => {
    const french = byKey(fr);
    const same = en.filter((m) => text(m) === text(french.get(m.key.join('.'))!)).map((m) => m.key.join('.'));
    // Names, acronyms and words French shares with English ("minute", "pause", "source", "journal",
    // "note"); nothing else.
    expect(same.sort()).toEqual([
      'app.pageTitle',
      'calm.minutes',
      'calm.pause',
      'extName',
      'help.sourcesHeading',
      'journal.body',
      'journal.heading',
      'options.journalHeading',
      'resources.source',
      'tabs.help',
      'tabs.journal',
    ]);
  });

  it('is the only source of UI text: components contain no bare words between tags', () => {
    // Every view, in every feature folder (components/<feature>/*.tsx).
    const views = readdirSync('components', { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.tsx'),
    );
    expect(views.length).toBeGreaterThan(50);
    for (const file of views) {
      const source = readFileSync(join('components', file), 'utf8');
      const bare = source.match(/(?<!=)>\s*[A-Za-zÀ-ÿ][^<>{}=;()]*<\/?[a-z]/g) ?? [];
      expect(bare, file).toEqual([]);
      const attributes = source.match(/\b(?:aria-label|title|placeholder|alt)="[^"]*[A-Za-z][^"]*"/g) ?? [];
      expect(attributes, file).toEqual([]);
    }
  });

  it('has no unused string: each key is named in the code, or its group is and its last part too', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? sources(join(dir, entry.name))
          : /\.(tsx?|html)$/.test(entry.name)
            ? [readFileSync(join(dir, entry.name), 'utf8')]
            : [],
      );
    // Comments do not count: a key named only in a comment is still unused.
    const withoutComments = (source: string) =>
      source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
    const code = [
      ...['components', 'lib', 'entrypoints'].flatMap(sources),
      readFileSync('wxt.config.ts', 'utf8'),
    ]
      .map(withoutComments)
      .join('\n');
    const named = (key: string) =>
      code.includes(`'${key}'`) || code.includes(`__MSG_${key.replaceAll('.', '_')}__`);
    // `checkIns.rhythms.${r}`: the group is named in a template, and 'weekly' is a value in the code.
    const inGroup = (key: string) => {
      const cut = key.lastIndexOf('.');
      return code.includes(`\`${key.slice(0, cut)}.\${`) && code.includes(`'${key.slice(cut + 1)}'`);
    };
    const unused = [...byKey(en).keys()].filter((key) => !named(key) && !inGroup(key));
    expect(unused).toEqual([]);
  });
});
