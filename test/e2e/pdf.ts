import { inflateSync } from 'node:zlib';

const MEDIA_BOX = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g;

/**
 * Every page's size in a printed PDF, in points (1/72 inch), read from its MediaBox entries.
 * Chromium writes them in the clear; Firefox packs its page objects in compressed object streams,
 * which are inflated here when the clear text holds none.
 */
export function pdfPageSizes(pdf: Buffer | Uint8Array): { width: number; height: number }[] {
  const bytes = Buffer.from(pdf);
  const sizes = (text: string) =>
    [...text.matchAll(MEDIA_BOX)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  const clear = sizes(bytes.toString('latin1'));
  if (clear.length > 0) return clear;
  const inflated = [...bytes.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)endstream/g)].map((m) => {
    try {
      return inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
    } catch {
      return '';
    }
  });
  return sizes(inflated.join('\n'));
}
