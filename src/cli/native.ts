/** What the CLI does that the browser cannot: Node's own zlib, and a say over when memory is collected. */
import { setFlagsFromString } from 'v8';
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
