import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Static imports in built chunks: `import{a}from"./x.js"` and `import"./x.js"`, never `import("./x.js")`. */
const STATIC_IMPORT = /\b(?:from|import)\s*["'`]\.\/([\w.-]+\.js)["'`]/g;

/**
 * The JavaScript a built page runs before its first paint: its module scripts, the chunks it preloads
 * and, transitively, what those import statically. Chunks behind import() load later.
 */
export function scriptsBeforeFirstPaint(outputDir: string, page: string): string[] {
  const html = readFileSync(join(outputDir, page), 'utf8');
  const pending = [...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="\/([^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
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

export function gzipSize(outputDir: string, files: readonly string[]): number {
  return files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(outputDir, file)), { level: 9 }).length,
    0,
  );
}
