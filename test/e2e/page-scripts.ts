import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Static imports in built chunks: `import{a}from"./x.js"` and `import"./x.js"`, never `import("./x.js")`. */
const STATIC_IMPORT = /\b(?:from|import)\s*["'`]\.\/([\w.-]+\.js)["'`]/g;

/** The given chunks and, transitively, every chunk they import statically. */
function withStaticImports(outputDir: string, roots: readonly string[]): string[] {
  const pending = [...roots];
  const seen = new Set<string>();
  while (pending.length) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(outputDir, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) pending.push(join(dirname(file), m[1]!));
  }
  return [...seen].sort();
}

/**
 * The JavaScript a built page runs before its first paint: its module scripts, the chunks it preloads
 * and, transitively, what those import statically. Chunks behind import() load later.
 */
export function scriptsBeforeFirstPaint(outputDir: string, page: string): string[] {
  const html = readFileSync(join(outputDir, page), 'utf8');
  const roots = [...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  return withStaticImports(outputDir, roots);
}

/**
 * The app module a built page loads once its first screen is painted (named in a meta element:
 * scripts/prerender/plugin.ts, entrypoints/first-screen.ts), and what it imports statically.
 */
export function scriptsAfterFirstPaint(outputDir: string, page: string): string[] {
  const html = readFileSync(join(outputDir, page), 'utf8');
  const app = html.match(/<meta name="been-there:app-module" content="\/([^"]+\.js)">/);
  if (!app) throw new Error(`${page} names no app module`);
  return withStaticImports(outputDir, [app[1]!]);
}

/**
 * What opening a lazy view loads: the chunk named after its entry module (`SignsTab` for
 * components/signs/SignsTab.tsx) and what that chunk imports statically.
 */
export function scriptsOfLazyView(outputDir: string, entryModule: string): string[] {
  const chunk = readdirSync(join(outputDir, 'assets')).filter(
    (file) => file.startsWith(`${entryModule}-`) && file.endsWith('.js'),
  );
  if (chunk.length !== 1)
    throw new Error(`expected one chunk for ${entryModule}, found ${chunk.join(', ') || 'none'}`);
  return withStaticImports(outputDir, [`assets/${chunk[0]}`]);
}

export function gzipSize(outputDir: string, files: readonly string[]): number {
  return files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(outputDir, file)), { level: 9 }).length,
    0,
  );
}
