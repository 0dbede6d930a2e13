/**
 * Draws the toolbar icon (a blue tile with three lines of text, the middle one a highlighted
 * key point) as PNGs in public/icon/, the place WXT reads icons from. Run: npx tsx scripts/make-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const SAMPLES = 4;

function crc32(bytes: Uint8Array): number {
  let crc = -1;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ -1) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) rows.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** The design on a unit square: what colour is at (u, v), or null for transparent. */
function colourAt(u: number, v: number): [number, number, number] | null {
  const radius = 0.2;
  const cx = Math.min(Math.max(u, radius), 1 - radius);
  const cy = Math.min(Math.max(v, radius), 1 - radius);
  if ((u - cx) ** 2 + (v - cy) ** 2 > radius ** 2) return null;
  const bar = (top: number, right: number) => v >= top && v <= top + 0.12 && u >= 0.2 && u <= right;
  if (bar(0.44, 0.8)) return [255, 224, 102];
  if (bar(0.22, 0.8) || bar(0.66, 0.64)) return [255, 255, 255];
  return [31, 95, 191];
}

const outDir = resolve(import.meta.dirname, '../../public/icon');
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const image = png(size, (x, y) => {
    let r = 0;
    let g = 0;
    let b = 0;
    let covered = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const colour = colourAt((x + (sx + 0.5) / SAMPLES) / size, (y + (sy + 0.5) / SAMPLES) / size);
        if (!colour) continue;
        r += colour[0];
        g += colour[1];
        b += colour[2];
        covered++;
      }
    }
    if (covered === 0) return [0, 0, 0, 0];
    return [Math.round(r / covered), Math.round(g / covered), Math.round(b / covered), Math.round((255 * covered) / SAMPLES ** 2)];
  });
  writeFileSync(resolve(outDir, `${size}.png`), image);
}
console.log(`icons written to ${outDir}`);
