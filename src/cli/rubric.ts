/**
 * `cchc rubric IN.xlsx -o OUT.xlsx [--lang vi|en]`: adds the scoring sheet "Thang điểm" from the
 * default criteria tree, or refreshes one the product made (keeping the scores typed in it), like
 * the pane's Thang điểm button; never writes over IN, never replaces a sheet the user made.
 */
import { resolve } from 'path';
import { Lang, planRubricSheet, refusalText, rubricDoneText } from '../core';
import { readTables } from '../app/session';
import { createXlsxPort, loadWorkbook } from '../xlsx';
import { CliIO, ioMessage } from './io';

const USAGE = 'cchc rubric VÀO.xlsx -o RA.xlsx [--lang vi|en]';

export async function runRubric(argv: string[], io: CliIO): Promise<number> {
  let input: string | null = null;
  let output: string | null = null;
  let lang: Lang = 'vi';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-o' || a === '--output') output = argv[++i] ?? null;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a.includes('=') ? a.slice(7) : argv[++i];
      if (v !== 'vi' && v !== 'en') return usage(io, '--lang phải là vi hoặc en / --lang must be vi or en');
      lang = v;
    } else if (a.startsWith('-')) return usage(io, `tùy chọn không rõ / unknown option: ${a}`);
    else if (input === null) input = a;
    else return usage(io, 'chỉ một tệp vào / one input file only');
  }
  if (!input || !output || output.startsWith('-'))
    return usage(io, 'cần một tệp vào và -o tệp ra / needs one input file and -o an output file');
  const vi = lang === 'vi';
  if (resolve(input) === resolve(output)) {
    io.err(
      `cchc: ${vi ? 'tệp kết quả phải khác tệp gốc (tệp gốc không bao giờ bị ghi đè)' : 'the output must differ from the input (the input is never written over)'}`,
    );
    return 2;
  }
  try {
    const wb = await loadWorkbook(await io.readFile(input));
    const port = createXlsxPort(wb);
    const snap = await readTables(port);
    const r = planRubricSheet(snap);
    if (!r.ok) {
      io.err(`cchc: ${input}: ${refusalText(r, lang)}`);
      return 2;
    }
    await port.apply(r.plan);
    await io.writeFile(output, new Uint8Array(await wb.xlsx.writeBuffer()));
    const sheet = r.plan.newSheet!;
    const criteria = sheet.rows.filter((row, i) => i > sheet.freezeRows - 1 && typeof row[3] === 'number').length;
    io.out(rubricDoneText({ sheet: sheet.name, refreshed: r.refreshed === true, criteria, output }, lang));
    return 0;
  } catch (e) {
    io.err(`cchc: ${input}: ${ioMessage(e)[lang]}`);
    return 2;
  }
}

function usage(io: CliIO, why: string): number {
  io.err(`cchc: ${why}\n${USAGE}`);
  return 2;
}
