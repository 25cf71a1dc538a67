/** What the CLI does that the browser cannot: Node's own zlib, and a say over when memory is collected. */
import { getHeapSpaceStatistics, setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';
import * as zlib from 'zlib';
import { Codec, Deflater, crc32, slide, useCodec } from '../xlsx/zip';

/** Node's own CRC-32 (Node 20.15 and later), which continues from a given checksum as ours does. */
const nodeCrc = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/**
 * A part compressed a piece at a time by zlib's one-shot calls, as pigz does it: each piece ends on a
 * sync flush (a byte boundary, the stream not ended), so the pieces joined are one DEFLATE stream,
 * and each piece's compressor is given the 32 KiB before it as its dictionary, so it still refers
 * back across the cut (within 1% of the whole part compressed at once, often smaller). Each piece
 * can be inflated alone the same way (`inflatePiece`).
 */
function zlibDeflater(): Deflater {
  let window: Uint8Array | null = null;
  return {
    flushed: true,
    push(piece, final) {
      if (piece.length === 0 && !final) return [];
      const made = zlib.deflateRawSync(piece, {
        level: 6,
        finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
        ...(window ? { dictionary: window } : {}),
      });
      // A copy: the caller reuses the piece's memory.
      if (!final) window = slide(window, piece);
      return [made];
    },
  };
}

/** Compressed bytes taken first when only the start of a part is wanted; four times more each time it is not enough. */
const HEAD_STEP = 64 * 1024;

/** Node's zlib as the engine's codec: about three times faster than fflate, and written in half the time. */
export const zlibCodec: Codec = {
  // A part may not inflate past its declared size: zlib stops there and the entry is damaged. Its
  // bytes go into one buffer of that size (zlib's 16 KB pieces would be joined into a second copy).
  inflate: (raw, size) => zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, size), chunkSize: Math.max(64, size + 1) }),
  // The start of a part: its first compressed bytes inflated as far as they go (a sync flush at the
  // cut), more of them while the reader wants more, the whole part at the end.
  inflateHead(raw, size, enough) {
    for (let take = HEAD_STEP; ; take *= 4) {
      const whole = take >= raw.length;
      const out = zlib.inflateRawSync(whole ? raw : raw.subarray(0, take), {
        maxOutputLength: Math.max(1, size),
        ...(whole ? {} : { finishFlush: zlib.constants.Z_SYNC_FLUSH }),
      });
      if (whole) {
        if (out.length !== size) throw new RangeError('not as declared');
        return { text: new TextDecoder().decode(out), complete: true };
      }
      // A character cut at the end of the piece waits for the next piece.
      const text = new TextDecoder().decode(out, { stream: true });
      if (enough(text)) return { text, complete: false };
    }
  },
  // What `fix` writes, compressed by zlib (its own CRC-32 where this Node has it).
  deflate: (data) => zlib.deflateRawSync(data, { level: 6 }),
  deflater: zlibDeflater,
  // A piece zlibDeflater made, with the 32 KiB before it as its dictionary; no more than its size.
  inflatePiece: (raw, size, window, last) =>
    zlib.inflateRawSync(raw, {
      maxOutputLength: Math.max(1, size),
      chunkSize: Math.max(64, size + 1),
      ...(window ? { dictionary: window } : {}),
      ...(last ? {} : { finishFlush: zlib.constants.Z_SYNC_FLUSH }),
    }),
  crc32: nodeCrc ? (data, value = 0) => nodeCrc(data, value) >>> 0 : crc32,
};

useCodec(zlibCodec);

/** Files checked between two full collections. */
export const FILES_PER_COLLECTION = 500;

let collect: (() => void) | null | undefined;

/**
 * A full garbage collection. V8 lets the heap of a long batch grow until its first major collection,
 * so without this the resident memory of `cchc check` on 2,000 files would sit well above that of
 * 200; one collection every FILES_PER_COLLECTION files (a few milliseconds each) keeps it flat.
 * Where the engine does not offer it, nothing happens.
 */
export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose_gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
}

/** The young generation's size (both halves) past which it is not grown any more. */
export const YOUNG_GENERATION_CAP = 16 * 1024 * 1024;

let youngCapped = false;

/**
 * Stops V8 growing the young generation once it holds YOUNG_GENERATION_CAP. V8 doubles it as a batch
 * goes on (8 → 16 MiB halves near the 200th file of `cchc check`), so a long batch would sit about
 * 18 MiB above a short one for no gain in speed; capped, memory stays flat with the number of files.
 * Called after each file; true once capped. Where the engine does not offer it, nothing happens.
 */
export function capYoungGeneration(
  spaces: () => { space_name: string; space_size: number }[] = getHeapSpaceStatistics,
  setFlags: (flags: string) => void = setFlagsFromString,
): boolean {
  if (youngCapped) return true;
  const young = spaces().find((s) => s.space_name === 'new_space');
  if (!young || young.space_size < YOUNG_GENERATION_CAP) return false;
  youngCapped = true;
  try {
    setFlags('--semi-space-growth-factor=1');
  } catch {
    // An engine without the flag keeps its own policy.
  }
  return true;
}
