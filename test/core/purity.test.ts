/** The core's purity is enforced by lint: a file in src/core using a host, a file, a zip, the DOM, the clock or randomness fails. */
import { spawnSync } from 'child_process';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
const ESLINT = join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');

function lint(source: string, file: string): { ruleId: string | null; line: number }[] {
  const r = spawnSync(
    process.execPath,
    [ESLINT, '--config', '.eslint.config.mjs', '--format', 'json', '--stdin', '--stdin-filename', file],
    {
      cwd: ROOT,
      input: source,
      encoding: 'utf8',
    },
  );
  const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string | null; line: number }[] }[];
  return result.messages.map((m) => ({ ruleId: m.ruleId, line: m.line }));
}

const IMPURE = [
  "import ExcelJS from 'exceljs';",
  "import { readFileSync } from 'fs';",
  "import JSZip from 'jszip';",
  "import { createXlsxPort } from '../../xlsx';",
  "import { excelPort } from '../../excel/port';",
  'export const a = [ExcelJS, readFileSync, JSZip, createXlsxPort, excelPort];',
  'export const now = Date.now();',
  'export const r = Math.random();',
  'export const env = process.env.HOME;',
  'export const title = document.title;',
  'export const sheet = Excel.run;',
].join('\n');

test('lint fails each host, file, zip, DOM, Date, Math.random and process use in src/core, at its line', () => {
  const found = lint(IMPURE, 'src/core/figures/impure.ts');
  const lines = (rule: string) => found.filter((m) => m.ruleId === rule).map((m) => m.line);
  expect(lines('no-restricted-imports')).toEqual([1, 2, 3, 4, 5]);
  expect(lines('no-restricted-globals')).toEqual([7, 9, 10, 11]);
  expect(lines('no-restricted-syntax')).toEqual([8]);
}, 30000);

test('the same file outside the core is allowed those uses, and a pure core file passes', () => {
  const outside = lint(IMPURE, 'src/cli/impure.ts').filter((m) => /^no-restricted/.test(m.ruleId ?? ''));
  expect(outside).toEqual([]);
  expect(lint("import { fold } from '../figures/text';\nexport const f = fold('Số liệu');\n", 'src/core/kinds/pure.ts')).toEqual([]);
}, 30000);
