/**
 * LibreOffice (Debian's libreoffice-calc-nogui) as an independent spreadsheet engine: opens an
 * .xlsx with a throwaway profile that recalculates every formula on load, and exports each sheet
 * to CSV with full-precision values.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);

export function hasLibreOffice(): boolean {
  if (!SOFFICE) console.warn('LibreOffice is not installed: the recalculation tests are skipped here (CI installs it).');
  return SOFFICE !== undefined;
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Parses simple CSV (quoted fields, "" escapes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** Every sheet of the workbook, recalculated by LibreOffice, as rows of cell texts. */
export function recalculate(xlsx: string): Map<string, string[][]> {
  if (!SOFFICE) throw new Error('LibreOffice is not installed: apt-get install libreoffice-calc-nogui (.ci/run does it)');
  const work = mkdtempSync(join(tmpdir(), 'cchc-lo-'));
  const profile = join(work, 'profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  const out = join(work, 'out');
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1',
      '--outdir',
      out,
      xlsx,
    ],
    { stdio: 'pipe', timeout: 120000 },
  );
  const stem = basename(xlsx).replace(/\.xlsx$/, '');
  const sheets = new Map<string, string[][]>();
  for (const f of readdirSync(out))
    if (f.startsWith(`${stem}-`)) sheets.set(f.slice(stem.length + 1, -4), parseCsv(readFileSync(join(out, f), 'utf8')));
  return sheets;
}
