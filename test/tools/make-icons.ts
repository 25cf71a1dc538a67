/**
 * Draws the add-in's icons (assets/icon-16/32/64/80.png): a green rounded square with a white tick
 * over a table grid. A tiny PNG encoder, supersampled for smooth edges. `npm run icons` rewrites them.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { deflateSync } from 'zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** RGBA pixels → PNG bytes. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

type RGBA = [number, number, number, number];

/** The colour at a point of the unit square. */
function paint(x: number, y: number): RGBA {
  const r = 0.18;
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
  // The tick: two strokes.
  const seg = (ax: number, ay: number, bx: number, by: number) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
  };
  if (Math.min(seg(0.24, 0.52, 0.42, 0.7), seg(0.42, 0.7, 0.78, 0.3)) < 0.075) return [255, 255, 255, 255];
  // A faint table grid behind it.
  const grid = [0.35, 0.65].some((g) => Math.abs(y - g) < 0.015) || Math.abs(x - 0.32) < 0.015;
  return grid ? [84, 160, 112, 255] : [16, 124, 65, 255];
}

export function drawIcon(size: number): Buffer {
  const ss = 4;
  const px = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let i = 0; i < ss; i++)
        for (let j = 0; j < ss; j++) {
          const c = paint((x + (i + 0.5) / ss) / size, (y + (j + 0.5) / ss) / size);
          for (let k = 0; k < 3; k++) acc[k] += c[k] * c[3];
          acc[3] += c[3];
        }
      const o = (y * size + x) * 4;
      for (let k = 0; k < 3; k++) px[o + k] = acc[3] ? Math.round(acc[k] / acc[3]) : 0;
      px[o + 3] = Math.round(acc[3] / (ss * ss));
    }
  return encodePng(size, px);
}

export const ICON_SIZES = [16, 32, 64, 80];

if (require.main === module) {
  for (const s of ICON_SIZES) writeFileSync(join(__dirname, '..', '..', '..', 'assets', `icon-${s}.png`), drawIcon(s));
}
