import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { readMessages } from '../locale-messages-plugin.ts';

const LANGS = ['en', 'fr'] as const;
/** The pages whose first screen is painted from HTML before any script runs. */
const SURFACES = ['popup', 'sidepanel'] as const;
type Renderer = typeof import('./first-screen.tsx');

/**
 * Puts the popup's and the side panel's first screen into their HTML, in each language, so the browser
 * paints it before any script runs (issue 21). The real components render it (first-screen.tsx,
 * bundled for Node with esbuild): the words stay in lib/content and the locales, never copied.
 *
 * Both languages are in the page; the page's `lang` says which one shows (app.css). A tiny classic
 * script (entrypoints/first-language.ts) sets it before the body is parsed, from the language the
 * app will use: the one remembered in localStorage, else the browser's. The app then replaces the
 * prerendered screen with the same screen, in one task: no frame shows anything in between.
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
  return {
    name: 'been-there:prerender-first-screens',
    apply: 'build',
    async transformIndexHtml(html, ctx) {
      const surface = SURFACES.find((name) => ctx.filename.includes(`/entrypoints/${name}/`));
      if (!surface) return html;
      const rendered = (await (screens ??= render()))[surface]!;
      const copies = LANGS.map(
        (lang) => `<div data-prerender="${lang}" lang="${lang}">${rendered[lang]}</div>`,
      );
      return html.replace('<div id="app"></div>', `<div id="app">${copies.join('')}</div>`);
    },
  };
}
