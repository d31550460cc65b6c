// @ts-check
// WXT's zips stamp every entry with the time of the build, so two builds of the same sources differ.
// AMO's reviewers rebuild the add-on from the sources zip and compare: this rewrites a zip with its
// entries sorted by name and one fixed date, so the same sources always give the same bytes.
// Used by the zip hooks in wxt.config.ts; scripts/reproducible-build.sh checks the result.
import { readFile, writeFile } from 'node:fs/promises';
import JSZip from 'jszip';

/** A fixed entry date (UTC) for every file: the zip format has no "no date". */
export const ZIP_DATE = new Date(Date.UTC(2000, 0, 1));

/** @param {string} path a zip file, rewritten in place */
export async function makeZipReproducible(path) {
  const source = await JSZip.loadAsync(await readFile(path));
  const out = new JSZip();
  const names = Object.keys(source.files)
    .filter((name) => !source.files[name]?.dir)
    .sort();
  for (const name of names) {
    const entry = source.files[name];
    if (!entry) continue;
    out.file(name, await entry.async('nodebuffer'), { date: ZIP_DATE, createFolders: false });
  }
  const bytes = await out.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'DOS',
  });
  await writeFile(path, bytes);
}
