// Draws the icons (two overlapping rings: two colleagues) as PNGs, at dev time: `node scripts/make-icons.mjs`.
// The 128 px icon keeps Chrome's margin: 96 px of artwork in a 16 px transparent border (the store shows it
// on light and dark backgrounds). The smaller toolbar sizes use the whole square, as browsers expect.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};

const TEAL = [10, 102, 96];
const WHITE = [255, 255, 255];

/** The colour at (u, v) in the artwork's unit square, or null outside it. */
function art(u, v) {
  const r = 0.22;
  const inBg =
    Math.hypot(Math.max(Math.abs(u - 0.5) - 0.5 + r, 0), Math.max(Math.abs(v - 0.5) - 0.5 + r, 0)) <= r;
  if (!inBg) return null;
  const ring = (cx) => {
    const d = Math.hypot(u - cx, v - 0.5);
    return d <= 0.24 && d >= 0.15;
  };
  return ring(0.38) || ring(0.62) ? WHITE : TEAL;
}

/** RGBA PNG bytes: a square of `size` px whose artwork spans `size - 2 * margin` px. Edges smoothed 4x4. */
export function icon(size, margin = 0) {
  const inner = size - 2 * margin;
  const n = 4;
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        covered = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const px = art((x - margin + (sx + 0.5) / n) / inner, (y - margin + (sy + 0.5) / n) / inner);
          if (!px) continue;
          r += px[0];
          g += px[1];
          b += px[2];
          covered++;
        }
      }
      if (covered === 0) row.push(0, 0, 0, 0);
      else
        row.push(
          Math.round(r / covered),
          Math.round(g / covered),
          Math.round(b / covered),
          Math.round((255 * covered) / (n * n)),
        );
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The margin each packaged size gets: Chrome asks for 16 px around 96 px of artwork at 128 px. */
export const MARGINS = { 16: 0, 32: 0, 48: 0, 64: 0, 96: 0, 128: 16 };

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [size, margin] of Object.entries(MARGINS)) {
    writeFileSync(`public/icon/${size}.png`, icon(Number(size), margin));
  }
}
