/**
 * Loaded into a measured process with `node -r`: on exit, writes the process's peak resident memory
 * (KiB, `process.resourceUsage().maxRSS`) to the file named by CCHC_BENCH_RSS.
 */
import { writeFileSync } from 'fs';

const out = process.env.CCHC_BENCH_RSS;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
