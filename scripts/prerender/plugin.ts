import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { readMessages } from '../locale-messages-plugin.ts';
import { APP_MODULE_META } from '../../lib/app/after-first-paint.ts';
import { POPUP_PAGES } from '../../lib/app/popup-page.ts';

const LANGS = ['en', 'fr'] as const;
/** The pages whose first screen is painted from HTML before any script runs. */
const SURFACES = ['popup', 'sidepanel'] as const;
type Renderer = typeof import('./first-screen.tsx');

/**
 * The CSP hashes of the styles written into the one-language popups, for the manifest's style-src
 * (wxt.config.ts): the extension's CSP allows no other inline style.
 */
export const inlineStyleHashes = new Set<string>();

/**
 * Puts the popup's and the side panel's first screen into their HTML, in each language, so the browser
 * paints it before any script runs (issue 21). The real components render it (first-screen.tsx,
 * bundled for Node with esbuild): the words stay in lib/content and the locales, never copied.
 *
 * Both languages are in the page; the page's `lang` says which one shows (app.css). A tiny classic
 * script (entrypoints/first-screen.ts) sets it before the body is parsed, from the language the
 * app will use: the one remembered in localStorage, else the browser's. The app then replaces the
 * prerendered screen with the same screen, in one task: no frame shows anything in between.
 *
 * The page's module script and its preloads leave the HTML: the browser would fetch and run them as
 * the parse ends, before the first paint (measured in Chromium: about a fifth to a third of the
 * popup's time to paint). A meta element names the module instead, and the classic script loads it
 * once the screen is painted. The stylesheet moves up, ahead of that script, so its fetch starts
 * first.
 */
export function prerenderFirstScreens(root = process.cwd()): Plugin {
  let screens: Promise<Record<string, Record<string, string>>> | undefined;
  const render = async () => {
    const dir = resolve(root, 'node_modules/.cache/been-there-prerender');
    mkdirSync(dir, { recursive: true });
    const outfile = join(dir, `first-screen-${process.pid}-${Date.now()}.mjs`);
    await build({
      entryPoints: [resolve(root, 'scripts/prerender/first-screen.tsx')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      packages: 'external',
      alias: { '#i18n': resolve(root, 'scripts/prerender/i18n-stub.ts') },
      loader: { '.css': 'empty' },
      logLevel: 'warning',
    });
    try {
      const { renderFirstScreen } = (await import(pathToFileURL(outfile).href)) as Renderer;
      const out: Record<string, Record<string, string>> = {};
      for (const surface of SURFACES) {
        out[surface] = {};
        for (const lang of LANGS)
          out[surface][lang] = renderFirstScreen(surface, lang, await readMessages(lang, root));
      }
      return out;
    } finally {
      rmSync(outfile, { force: true });
    }
  };
  const onePerLanguage = new Map<string, string>();
  // The dev server (`npm start`) serves its own module scripts and no stylesheet: there the first
  // screen goes into the page, and the rest (the app's module moved, one popup per language) is left
  // to production builds.
  let production = true;
  const surfaceOf = (filename: string) => SURFACES.find((name) => filename.includes(`/entrypoints/${name}/`));
  return {
    name: 'been-there:prerender-first-screens',
    apply: 'build',
    configResolved(config) {
      production = config.mode === 'production';
    },
    // One popup per language, made from popup.html once the bundle holds it, and written beside it
    // (WXT takes every page in the bundle for one of its entrypoints).
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const popup = bundle['entrypoints/popup/index.html'];
        if (!production || popup?.type !== 'asset') return;
        // A new build in the same process (a rebuild) starts from no hash.
        inlineStyleHashes.clear();
        onePerLanguage.clear();
        const html = String(popup.source);
        const sheet = html.match(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"/)?.[1];
        const css = sheet ? bundle[sheet] : undefined;
        if (css?.type !== 'asset') throw new Error('prerender: the popup has no stylesheet');
        const rendered = (await (screens ??= render())).popup!;
        const copies = { en: copyIn('en', rendered.en!), fr: copyIn('fr', rendered.fr!) };
        for (const lang of LANGS) {
          const { page, styleHash } = popupInOneLanguage(html, String(css.source), lang, copies);
          inlineStyleHashes.add(styleHash);
          onePerLanguage.set(POPUP_PAGES[lang], page);
        }
      },
    },
    writeBundle(options) {
      for (const [file, page] of onePerLanguage) writeFileSync(join(options.dir!, file), page);
    },
    transformIndexHtml: {
      // After the bundler has put in the module script, its preloads and the stylesheet.
      order: 'post',
      async handler(html, ctx) {
        const surface = surfaceOf(ctx.filename);
        if (!surface) return html;
        const rendered = (await (screens ??= render()))[surface]!;
        const copies = LANGS.map((lang) => copyIn(lang, rendered[lang]!));
        const page = html.replace('<div id="app"></div>', `<div id="app">${copies.join('')}</div>`);
        return production ? deferAppModule(page) : page;
      },
    },
  };
}

/** One language's copy of a first screen, as the page holds it. */
const copyIn = (lang: string, screen: string) =>
  `<div data-prerender="${lang}" lang="${lang}">${screen}</div>`;

/** Moves the module script into a meta element, drops its preloads, and puts the stylesheet first. */
export function deferAppModule(html: string): string {
  const modules = [...html.matchAll(/<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>\s*/g)];
  const styles = [...html.matchAll(/<link rel="stylesheet"[^>]*>\s*/g)];
  if (modules.length !== 1 || styles.length < 1 || !html.includes('<script src='))
    throw new Error('prerender: expected one module script, a stylesheet and the first-screen script');
  let out = html;
  for (const m of [...modules, ...styles]) out = out.replace(m[0], '');
  out = out.replace(/<link rel="modulepreload"[^>]*>\s*/g, '');
  const head = [
    ...styles.map((m) => m[0].trim()),
    `<meta name="${APP_MODULE_META}" content="${modules[0]![1]}">`,
  ].join('\n    ');
  // Above the comment that explains the script, if there is one.
  const script = out.indexOf('<script src=');
  const comment = out.lastIndexOf('<!--', script);
  const at =
    comment >= 0 && /^-->\s*$/.test(out.slice(out.indexOf('-->', comment), script)) ? comment : script;
  return `${out.slice(0, at)}${head}\n    ${out.slice(at)}`;
}

/**
 * popup.html made into the popup in `lang` alone, with nothing to wait for before its first paint:
 * the other language's copy goes, the language and the popup's width are set in the HTML (the script
 * that sets them in popup.html runs after the paint here, and only loads the app), and the stylesheet
 * is written into the page, the choice of language in it made already (the browser does that for
 * `__MSG_lang__` only in files). Measured in Chromium: a stylesheet the empty page waited for made
 * its heading paint up to a quarter later.
 */
export function popupInOneLanguage(
  html: string,
  css: string,
  lang: (typeof LANGS)[number],
  copies: Record<(typeof LANGS)[number], string>,
) {
  let page = html;
  for (const other of LANGS) {
    if (other === lang) continue;
    if (!page.includes(copies[other])) throw new Error(`prerender: no ${other} copy in the popup`);
    page = page.replace(copies[other], '');
  }
  const style = css.replaceAll('__MSG_lang__', lang);
  page = page
    .replace(/<html lang="\w+">/, `<html lang="${lang}" data-first-lang="${lang}" class="in-popup">`)
    // The stylesheet's link stays, disabled (never fetched): the app's module, as it loads, adds a
    // link to each stylesheet it imports unless the page has one, and waits for it to load.
    .replace(
      /<link rel="stylesheet"([^>]*)>/,
      (_, rest: string) => `<link rel="stylesheet"${rest} disabled><style>${style}</style>`,
    )
    .replace(/<!--[^]*?-->\s*<script src="\/first-screen.js"><\/script>/, () =>
      [
        '<!-- Loads the app once this screen is painted. -->',
        '<script defer src="/first-screen.js"></script>',
      ].join('\n    '),
    );
  if (!page.includes('<script defer src="/first-screen.js">') || !page.includes(`data-first-lang="${lang}"`))
    throw new Error('prerender: the popup is not as expected');
  const styleHash = `'sha256-${createHash('sha256').update(style).digest('base64')}'`;
  return { page, styleHash };
}
