import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/** Width, height and RGBA pixels of a PNG as scripts/make-icons.mjs writes it (8-bit RGBA, filter 0). */
function readPng(path: string) {
  const bytes = readFileSync(path);
  let offset = 8;
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('ascii', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect([body[8], body[9]], '8-bit RGBA').toEqual([8, 6]);
    }
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const alpha = (x: number, y: number) => {
    const rowStart = y * (width * 4 + 1);
    expect(raw[rowStart], 'filter type 0').toBe(0);
    return raw[rowStart + 1 + x * 4 + 3]!;
  };
  return { width, height, alpha };
}

describe('icons', () => {
  it('has a 128 px icon with 96 px of artwork inside a 16 px transparent margin (Chrome Web Store)', () => {
    const { width, height, alpha } = readPng('public/icon/128.png');
    expect([width, height]).toEqual([128, 128]);
    let minX = width,
      minY = height,
      maxX = -1,
      maxY = -1;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if (alpha(x, y) === 0) continue;
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
      }
    }
    expect([minX, minY, maxX, maxY]).toEqual([16, 16, 111, 111]);
  });

  it('has every size the manifest and Firefox high-DPI screens use, each square', () => {
    for (const size of [16, 32, 48, 64, 96, 128]) {
      const { width, height } = readPng(`public/icon/${size}.png`);
      expect([width, height], `${size}`).toEqual([size, size]);
    }
  });
});
