/** What the CLI does faster than the browser can: Node's own zlib for the package's parts. */
import { inflateRawSync } from 'zlib';
import { useInflater } from '../xlsx/zip';

// A part may not inflate past its declared size: zlib stops there and the entry is damaged.
useInflater((raw, size) => inflateRawSync(raw, { maxOutputLength: Math.max(1, size) }));
