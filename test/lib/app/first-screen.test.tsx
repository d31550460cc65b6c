import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { HELP_STEPS } from '../../../lib/content/help';
import { readMessages } from '../../../scripts/locale-messages-plugin';
import { APP_MODULE_META } from '../../../lib/app/after-first-paint';
import { renderFirstScreen } from '../../../scripts/prerender/first-screen';
import { deferAppModule, popupInOneLanguage } from '../../../scripts/prerender/plugin';

/**
 * The HTML put into popup.html and sidepanel.html at build time (scripts/prerender): the real App,
 * with every word from the locales and lib/content, in each language.
 */
it.each(['en', 'fr'] as const)('renders the first screen from the real components in %s', async (lang) => {
  const messages = await readMessages(lang);
  const html = renderFirstScreen('popup', lang, messages);
  const text = new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
  for (const key of [
    'help_heading',
    'help_forMyself',
    'tabs_help',
    'tabs_signs',
    'tabs_reach',
    'tabs_resources',
    'tabs_journal',
  ])
    expect(text).toContain(messages[key]);
  for (const step of HELP_STEPS) expect(text).toContain(step.summary[lang]);
  expect(html).toContain('elementtiming="help-heading"');
  // The side panel's layout, not the popup's.
  expect(renderFirstScreen('sidepanel', lang, messages)).toContain('app--sidepanel');
});

it('moves the app module out of the way of the first paint, and the stylesheet ahead of the first script', () => {
  // The head as the bundler writes it for popup.html.
  const built = `<head>
    <title>Been There</title>
    <!-- Picks the language. -->
    <script src="/first-screen.js"></script>
    <script type="module" crossorigin src="/assets/popup-X1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/preload-X2.js">
    <link rel="stylesheet" crossorigin href="/assets/styles-X3.css">
  </head>`;
  const head = deferAppModule(built);
  // Nothing the browser would fetch and run before painting but the one small classic script.
  expect([...head.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual([
    '<script src="/first-screen.js">',
  ]);
  expect(head).not.toContain('modulepreload');
  expect(head).toContain(`<meta name="${APP_MODULE_META}" content="/assets/popup-X1.js">`);
  // The stylesheet, then the comment, then the script it explains.
  const at = (text: string) => head.indexOf(text);
  expect(at('<title>')).toBeLessThan(at('styles-X3.css'));
  expect(at('styles-X3.css')).toBeLessThan(at('<!-- Picks'));
  expect(head).toMatch(/<!-- Picks the language. -->\s*<script src="\/first-screen.js"><\/script>/);
  expect(() => deferAppModule('<head><title>x</title></head>')).toThrow(/expected one module script/);
});

it('makes the popup in one language, needing no file before its first paint', () => {
  const copies = {
    en: '<div data-prerender="en" lang="en">EN</div>',
    fr: '<div data-prerender="fr" lang="fr">FR</div>',
  };
  const popup = `<!DOCTYPE html>
<html lang="en">
  <head>
    <link rel="stylesheet" crossorigin href="/assets/styles-X3.css">
    <!-- Picks the language. -->
    <script src="/first-screen.js"></script>
  </head>
  <body class="popup"><div id="app">${copies.en}${copies.fr}</div></body>
</html>`;
  const css = "[data-prerender]:not([data-prerender='__MSG_lang__']){display:none}";
  const { page, styleHash } = popupInOneLanguage(popup, css, 'fr', copies);
  expect(page).toContain('<html lang="fr" data-first-lang="fr" class="in-popup">');
  expect(page).toContain(`<div id="app">${copies.fr}</div>`);
  // The styles in the page, the language already chosen in them; the hash the CSP allows is theirs.
  const style = "[data-prerender]:not([data-prerender='fr']){display:none}";
  expect(page).toContain(`<style>${style}</style>`);
  expect(page).toContain('<link rel="stylesheet" crossorigin href="/assets/styles-X3.css" disabled>');
  expect(styleHash).toBe(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
  // The one script waits for the parse, and only loads the app after the paint.
  expect([...page.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual([
    '<script defer src="/first-screen.js">',
  ]);
  expect(() => popupInOneLanguage(popup.replace(copies.en, ''), css, 'fr', copies)).toThrow(/no en copy/);
});
