/** What the CLI does that the browser cannot: Node's own zlib, and a say over when memory is collected. */
import { getHeapSpaceStatistics, setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';
import * as zlib from 'zlib';
import { crc32, useDeflater, useInflater } from '../xlsx/zip';

// A part may not inflate past its declared size: zlib stops there and the entry is damaged.
useInflater((raw, size) => zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, size) }));
// What `fix` writes, compressed by zlib (its own CRC-32 where this Node has it).
const nodeCrc = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
useDeflater({ deflate: (data) => zlib.deflateRawSync(data, { level: 6 }), crc32: nodeCrc ? (data) => nodeCrc(data) >>> 0 : crc32 });

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
