/**
 * The zip container of an .xlsx, read from its central directory before anything is inflated, and
 * written back with every unchanged entry's compressed bytes copied as they are.
 * The inflating and deflating is a Codec the front installs: fflate in the browser (./fflate.ts,
 * installed by this folder's index), Node's zlib in the CLI (../cli/native.ts).
 */
import { WorkbookError } from '../core';
import { unreadable } from './errors';

/** Reading bounds: past any of them a file is refused before the work is done. */
export const LIMITS = {
  /** Entries in the zip. */
  parts: 10_000,
  /** Sum of the declared uncompressed sizes. */
  inflated: 400 * 1024 * 1024,
  /** Uncompressed/compressed ratio of one entry (above `ratioFloor` bytes). */
  ratio: 200,
  ratioFloor: 1024 * 1024,
  /** Cells read from one workbook. */
  cells: 3_000_000,
  /** Merged areas of one sheet. */
  merges: 100_000,
  /** Row elements of one sheet. */
  rows: 1_048_576,
};

export interface ZipEntry {
  /** The part's name, with `/` between folders (some Windows tools store `\\`). */
  name: string;
  /** The name as the zip stores it, when it differs (written back as it was). */
  stored?: string;
  method: number;
  crc: number;
  csize: number;
  usize: number;
  /** The compressed bytes as stored. */
  raw: Uint8Array;
}

export function tooLarge(limit: 'inflated' | 'zip-ratio' | 'parts' | 'cells' | 'merges' | 'rows', part?: string): WorkbookError {
  return new WorkbookError({ code: 'too-large', limit, ...(part ? { part } : {}), changed: 'nothing' });
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;

/**
 * A part name that stays inside the package: relative, no `.` or `..` segment, no drive letter, no
 * control character. `\` counts as `/` (some Windows tools write it), so `xl\..\x` is refused too.
 */
export function safeName(name: string): boolean {
  if (name === '' || name.startsWith('/') || /^[A-Za-z]:/.test(name)) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(name)) return false;
  const segments = name.split('/');
  // A folder entry ends in `/`: its last segment is empty.
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (seg === '.' || seg === '..' || (seg === '' && i < segments.length - 1)) return false;
  }
  return true;
}

/** The entries named by the central directory, checked against LIMITS; nothing inflated yet. */
export function readZip(data: Uint8Array): Map<string, ZipEntry> {
  let eocd = -1;
  for (let o = data.length - 22; o >= Math.max(0, data.length - 22 - 65535); o--)
    if (data[o] === 0x50 && data[o + 1] === 0x4b && data[o + 2] === 5 && data[o + 3] === 6) {
      eocd = o;
      break;
    }
  if (eocd < 0) throw unreadable('damaged');
  const count = u16(data, eocd + 10);
  const cdSize = u32(data, eocd + 12);
  const cdOffset = u32(data, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw tooLarge('parts');
  if (count > LIMITS.parts) throw tooLarge('parts');
  if (cdOffset + cdSize > data.length) throw unreadable('damaged');
  const entries = new Map<string, ZipEntry>();
  // Part names compare without case (as OPC says): `xl/a.xml` twice, or beside `XL/A.xml`, is one part stored twice.
  const seen = new Set<string>();
  const decoder = new TextDecoder();
  let total = 0;
  let o = cdOffset;
  for (let i = 0; i < count; i++) {
    if (o + 46 > data.length || u32(data, o) !== 0x02014b50) throw unreadable('damaged');
    const flags = u16(data, o + 8);
    const method = u16(data, o + 10);
    const crc = u32(data, o + 16);
    const csize = u32(data, o + 20);
    const usize = u32(data, o + 24);
    const nameLen = u16(data, o + 28);
    const extraLen = u16(data, o + 30);
    const commentLen = u16(data, o + 32);
    const local = u32(data, o + 42);
    const stored = decoder.decode(data.subarray(o + 46, o + 46 + nameLen));
    const name = stored.replace(/\\/g, '/');
    o += 46 + nameLen + extraLen + commentLen;
    if (!safeName(name)) throw unreadable('unsafe-name', name);
    const folded = name.toLowerCase();
    if (seen.has(folded)) throw unreadable('duplicate-entry', name);
    seen.add(folded);
    if (flags & 1) throw unreadable('encrypted');
    if (csize === 0xffffffff || usize === 0xffffffff) throw tooLarge('inflated', name);
    total += usize;
    if (total > LIMITS.inflated) throw tooLarge('inflated', name);
    if (usize > LIMITS.ratioFloor && usize > csize * LIMITS.ratio) throw tooLarge('zip-ratio', name);
    if (method !== 0 && method !== 8) throw unreadable('damaged', name);
    if (local + 30 > data.length || u32(data, local) !== 0x04034b50) throw unreadable('damaged', name);
    const start = local + 30 + u16(data, local + 26) + u16(data, local + 28);
    if (start + csize > data.length) throw unreadable('damaged', name);
    if (name.endsWith('/')) continue;
    entries.set(name, {
      name,
      ...(stored !== name ? { stored } : {}),
      method,
      crc,
      csize,
      usize,
      raw: data.subarray(start, start + csize),
    });
  }
  return entries;
}

/** How parts are inflated and deflated. */
export interface Codec {
  /** Raw DEFLATE data that should make `size` bytes (never allowed to make many more). */
  inflate(raw: Uint8Array, size: number): Uint8Array;
  /**
   * The start of raw DEFLATE data as text, inflated a piece at a time until `enough(text)` says it
   * has what it needs; `complete` when all of it was inflated. Throws on data that makes more than
   * `size` bytes or is cut short (the caller calls the entry damaged).
   */
  inflateHead(raw: Uint8Array, size: number, enough: (text: string) => boolean): { text: string; complete: boolean };
  deflate(data: Uint8Array): Uint8Array;
  /** A deflater fed a part a piece at a time, so the part is never held whole. */
  deflater(): Deflater;
  /**
   * One piece of a part its own deflater made (`Deflater.flushed`), inflated alone to exactly `size`
   * bytes: `window` is what came before it (up to 32 KiB, or null for the first piece), `last` the
   * piece that ends the stream. Absent where the codec's deflater does not cut its stream so.
   */
  inflatePiece?(raw: Uint8Array, size: number, window: Uint8Array | null, last: boolean): Uint8Array;
  /** The CRC-32 of `data`, continued from `crc` (the checksum of what came before it) when given. */
  crc32(data: Uint8Array, crc?: number): number;
}

/** One part's raw DEFLATE stream, made a piece at a time. */
export interface Deflater {
  /**
   * Compresses the next piece (which the caller may overwrite once this returns); the bytes made so
   * far come back, possibly none until enough has been pushed. `final` ends the stream.
   */
  push(piece: Uint8Array, final: boolean): Uint8Array[];
  /**
   * Whether the bytes of each push end on a sync flush (a byte boundary, the stream going on): each
   * push's bytes can then be inflated alone, given the 32 KiB before them (`Codec.inflatePiece`).
   */
  readonly flushed: boolean;
}

/** One piece of a part written a piece at a time: its compressed and its inflated size. */
export interface Piece {
  csize: number;
  usize: number;
}

/** How far back DEFLATE may refer: what a piece is given of the bytes before it. */
export const WINDOW = 32 * 1024;

/** The last WINDOW bytes of `before` followed by `next`, as a copy of their own. */
export function slide(before: Uint8Array | null, next: Uint8Array): Uint8Array {
  const keep = Math.min(WINDOW, (before?.length ?? 0) + next.length);
  const out = new Uint8Array(keep);
  const fromNext = Math.min(keep, next.length);
  if (before && keep > fromNext) out.set(before.subarray(before.length - (keep - fromNext)));
  out.set(next.subarray(next.length - fromNext), keep - fromNext);
  return out;
}

let codec: Codec | null = null;

/** Installs the codec (the last one installed is used). */
export function useCodec(c: Codec): void {
  codec = c;
}

/** Whether a codec is installed. */
export function hasCodec(): boolean {
  return codec !== null;
}

function current(): Codec {
  if (!codec) throw new Error('No codec installed: import src/xlsx (fflate) or src/cli/native (zlib) first.');
  return codec;
}

/** An entry's bytes, inflated to exactly its declared size (a lying header is a damaged file, not a bomb). */
export function inflateEntry(e: ZipEntry): Uint8Array {
  if (e.method === 0) {
    if (e.raw.length !== e.usize) throw unreadable('damaged', e.name);
    return e.raw;
  }
  const c = current();
  let out: Uint8Array;
  try {
    out = c.inflate(e.raw, e.usize);
  } catch {
    throw unreadable('damaged', e.name);
  }
  if (out.length !== e.usize) throw unreadable('damaged', e.name);
  return out;
}

/** Parts smaller than this are inflated whole even when only their start is wanted. */
const WHOLE_BELOW = 512 * 1024;

/**
 * The start of an entry's text, inflated a piece at a time until `enough(text)` says it has what it
 * needs: a probe of a 100 MB sheet costs its first rows. `complete` when the whole entry was read.
 */
export function inflateTextHead(e: ZipEntry, enough: (text: string) => boolean): { text: string; complete: boolean } {
  // A small part is read whole: one inflate is cheaper than stopping early.
  if (e.method === 0 || e.usize <= WHOLE_BELOW) return { text: new TextDecoder().decode(inflateEntry(e)), complete: true };
  const c = current();
  try {
    return c.inflateHead(e.raw, e.usize, enough);
  } catch (err) {
    if (err instanceof WorkbookError) throw err;
    throw unreadable('damaged', e.name);
  }
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export function crc32(data: Uint8Array, crc = 0): number {
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** A new entry from uncompressed bytes. */
export function makeEntry(name: string, data: Uint8Array): ZipEntry {
  const c = current();
  return { name, method: 8, crc: c.crc32(data), csize: 0, usize: data.length, raw: c.deflate(data) };
}

/**
 * A new entry written a piece at a time: each piece is compressed and checksummed as it comes, so
 * only the compressed bytes are kept (a large sheet part is never held whole).
 */
export class EntryWriter {
  private readonly codec = current();
  private readonly deflater = this.codec.deflater();
  private readonly out: Uint8Array[] = [];
  private readonly made: Piece[] = [];
  private crc = 0;
  private size = 0;

  constructor(private readonly name: string) {}

  /** The next bytes of the part (the caller may overwrite them once this returns). */
  write(piece: Uint8Array): void {
    if (piece.length === 0) return;
    this.crc = this.codec.crc32(piece, this.crc);
    this.size += piece.length;
    this.push(piece, false);
  }

  /**
   * The entry: its compressed bytes joined once, at their own (small) size; and, when the deflater
   * cuts its stream at each piece, the pieces (a read-back then never holds the part whole either).
   */
  end(): { entry: ZipEntry; pieces: Piece[] | null } {
    this.push(new Uint8Array(0), true);
    const raw = new Uint8Array(this.out.reduce((n, b) => n + b.length, 0));
    let o = 0;
    for (const b of this.out) {
      raw.set(b, o);
      o += b.length;
    }
    return {
      entry: { name: this.name, method: 8, crc: this.crc, csize: raw.length, usize: this.size, raw },
      pieces: this.deflater.flushed ? this.made : null,
    };
  }

  private push(piece: Uint8Array, final: boolean): void {
    let csize = 0;
    for (const made of this.deflater.push(piece, final)) {
      this.out.push(made);
      csize += made.length;
    }
    this.made.push({ csize, usize: piece.length });
  }
}

/** The sync flush a piece of a part ends on: an empty stored block, its length and complement. */
const SYNC_MARK = [0x00, 0x00, 0xff, 0xff];

/**
 * An entry's bytes, handed to `take` a piece at a time (each an array of its own; false stops)
 * when its pieces are known and the codec inflates them alone, else whole. Either way the bytes
 * must come to the declared size and CRC-32, every piece but the last end on a sync flush and the
 * last end the stream (so any reader of the joined stream reads the same bytes), or the entry is
 * damaged. True when all of it was read.
 */
export function inflateEntryPieces(e: ZipEntry, pieces: Piece[] | null, take: (bytes: Uint8Array) => boolean): boolean {
  const c = current();
  const damaged = () => unreadable('damaged', e.name);
  if (!pieces || !c.inflatePiece || e.method !== 8) {
    const whole = inflateEntry(e);
    if (c.crc32(whole) !== e.crc) throw damaged();
    return take(whole);
  }
  if (pieces.reduce((n, p) => n + p.csize, 0) !== e.raw.length || pieces.reduce((n, p) => n + p.usize, 0) !== e.usize) throw damaged();
  let window: Uint8Array | null = null;
  let crc = 0;
  let at = 0;
  for (let k = 0; k < pieces.length; k++) {
    const last = k === pieces.length - 1;
    const raw = e.raw.subarray(at, at + pieces[k].csize);
    at += raw.length;
    if (!last && SYNC_MARK.some((b, j) => raw[raw.length - 4 + j] !== b)) throw damaged();
    let bytes: Uint8Array;
    try {
      bytes = c.inflatePiece(raw, pieces[k].usize, window, last);
    } catch {
      throw damaged();
    }
    if (bytes.length !== pieces[k].usize) throw damaged();
    crc = c.crc32(bytes, crc);
    if (last && crc !== e.crc) throw damaged();
    if (bytes.length > 0 && !take(bytes)) return false;
    if (!last) window = slide(window, bytes);
  }
  return true;
}

/** Writes entries in order; each entry's stored bytes go out untouched. */
export function writeZip(entries: ZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.stored ?? e.name));
  let size = 22;
  entries.forEach((e, i) => (size += 30 + 46 + 2 * names[i].length + e.raw.length));
  const out = new Uint8Array(size);
  const dv = new DataView(out.buffer);
  let o = 0;
  const offsets: number[] = [];
  const header = (at: number, e: ZipEntry, name: Uint8Array, central: boolean) => {
    const base = central ? 2 : 0;
    dv.setUint32(at, central ? 0x02014b50 : 0x04034b50, true);
    if (central) dv.setUint16(at + 4, 20, true);
    dv.setUint16(at + base + 4, 20, true);
    dv.setUint16(at + base + 6, 0x0800, true); // UTF-8 names
    dv.setUint16(at + base + 8, e.method, true);
    dv.setUint16(at + base + 10, 0, true);
    dv.setUint16(at + base + 12, 0x21, true); // 1980-01-01
    dv.setUint32(at + base + 14, e.crc, true);
    dv.setUint32(at + base + 18, e.raw.length, true);
    dv.setUint32(at + base + 22, e.usize, true);
    dv.setUint16(at + base + 26, name.length, true);
  };
  entries.forEach((e, i) => {
    offsets.push(o);
    header(o, e, names[i], false);
    out.set(names[i], o + 30);
    o += 30 + names[i].length;
    out.set(e.raw, o);
    o += e.raw.length;
  });
  const cd = o;
  entries.forEach((e, i) => {
    header(o, e, names[i], true);
    dv.setUint32(o + 42, offsets[i], true);
    out.set(names[i], o + 46);
    o += 46 + names[i].length;
  });
  dv.setUint32(o, 0x06054b50, true);
  dv.setUint16(o + 8, entries.length, true);
  dv.setUint16(o + 10, entries.length, true);
  dv.setUint32(o + 12, o - cd, true);
  dv.setUint32(o + 16, cd, true);
  return out.subarray(0, o + 22);
}
