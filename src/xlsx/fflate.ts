/** The browser's codec: fflate (small, no dependencies, the same code everywhere). The CLI has Node's zlib instead. */
import { Deflate, Inflate, deflateSync, inflateSync } from 'fflate';
import { Codec, crc32, hasCodec, useCodec } from './zip';

export const fflateCodec: Codec = {
  inflate: (raw, size) => inflateSync(raw, { out: new Uint8Array(size) }),
  inflateHead(raw, size, enough) {
    const decoder = new TextDecoder();
    let text = '';
    let produced = 0;
    let complete = false;
    const inflater = new Inflate((chunk, final) => {
      produced += chunk.length;
      // More than the header declares: a damaged (or lying) entry, stopped here rather than trusted.
      if (produced > size) throw new RangeError('more than declared');
      text += decoder.decode(chunk, { stream: !final });
      if (final) complete = true;
    });
    const STEP = 16 * 1024;
    for (let o = 0; o < raw.length; o += STEP) {
      inflater.push(raw.subarray(o, o + STEP), o + STEP >= raw.length);
      if (!complete && enough(text)) return { text, complete: false };
    }
    if (!complete || produced !== size) throw new RangeError('not as declared');
    return { text, complete: true };
  },
  deflate: (data) => deflateSync(data, { level: 6 }),
  deflater() {
    let made: Uint8Array[] = [];
    const deflate = new Deflate({ level: 6 }, (chunk) => made.push(chunk));
    return {
      // fflate cuts its blocks where it likes, not at each push.
      flushed: false,
      push(piece, final) {
        deflate.push(piece, final);
        const out = made;
        made = [];
        return out;
      },
    };
  },
  crc32,
};

/** Installs fflate unless a front installed its own codec first (the CLI installs Node's zlib). */
export function useFflateUnlessSet(): void {
  if (!hasCodec()) useCodec(fflateCodec);
}
