/** The core's purity is enforced by lint: a host, file, zip, DOM, clock, randomness or process use in src/core fails. */
import { spawnSync } from 'child_process';
import { join } from 'path';

const root = join(__dirname, '..', '..');
const eslintBin = join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');

/** Lints `code` as if it were the file at `path` (nothing is written), returning each message's rule and line. */
function lint(code: string, path: string): { rule: string | null; line: number }[] {
  const r = spawnSync(
    process.execPath,
    [eslintBin, '--config', '.eslint.config.mjs', '--format', 'json', '--stdin', '--stdin-filename', path],
    {
      cwd: root,
      input: code,
      encoding: 'utf8',
    },
  );
  const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string | null; line: number }[] }[];
  return result.messages.map((m) => ({ rule: m.ruleId, line: m.line }));
}

const IMPURE = [
  "import ExcelJS from 'exceljs';", // 1: the .xlsx library
  "import JSZip from 'jszip';", // 2: zip
  "import { readFileSync } from 'fs';", // 3: files
  "import { run } from '../../excel/host';", // 4: an adapter
  'export const now = () => new Date();', // 5: the clock
  'export const roll = () => Math.random();', // 6: randomness
  'export const home = () => process.env.HOME;', // 7: the process
  'export const doc = () => document.title;', // 8: the DOM
  'export const ctx = () => Excel.run;', // 9: the host
  'export const late = () => import("fs");', // 10: dynamic import
  'export { ExcelJS, JSZip, readFileSync, run };',
].join('\n');

test('every impure line of a core file is a lint error', () => {
  const found = lint(IMPURE, 'src/core/figures/impure.ts');
  const lines = new Set(found.filter((m) => m.rule !== null && m.rule.startsWith('no-restricted')).map((m) => m.line));
  expect([...lines].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
});

test('the same code outside the core is allowed, and a pure core file is clean', () => {
  const outside = lint(IMPURE, 'src/xlsx/impure.ts').filter((m) => m.rule?.startsWith('no-restricted'));
  expect(outside).toEqual([]);
  expect(
    lint("import { fold } from '../figures/text';\nexport const f = (s: string) => fold(s) + Math.max(1, 2);\n", 'src/core/kinds/pure.ts'),
  ).toEqual([]);
});
