/**
 * Hostile and edge packages: each refused with one coded reason by every command (check, fix, rubric,
 * the preview), whatever part of the package is at fault. Outcomes are asserted as codes and facts;
 * a CLI line is compared with the sentence the message table makes for the expected code.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { WorkbookError, problemMessage } from '../../src/core';
import type { WorkbookProblem } from '../../src/core';
import { readTables } from '../../src/app/session';
import { createPackagePort, readSnapshot, readZip } from '../../src/xlsx';
import { applyPlan } from '../../src/xlsx/patch';
import { openPackage } from '../../src/xlsx/package';
import { MalformedOutputError, PlanError } from '../../src/xlsx/errors';
import { writeZip } from '../../src/xlsx/zip';
import type { ZipEntry } from '../../src/xlsx/zip';
import { openFile } from '../../src/preview/files';
import { cli } from '../helpers/cli';
import { NS, makePackage, sheetXml } from './package';

const problemOf = async (f: () => unknown): Promise<WorkbookProblem> => {
  try {
    await f();
  } catch (e) {
    if (e instanceof WorkbookError) return e.problem;
    throw e;
  }
  throw new Error('no failure');
};

const dir = mkdtempSync(join(tmpdir(), 'cchc-hostile-'));
let n = 0;

/**
 * What each command makes of the file: the coded problem, or the CLI line for it — the same line
 * from fix and rubric whether the package fails to open or a table fails to be read.
 */
async function everyCommand(data: Uint8Array, expected: Partial<WorkbookProblem>) {
  const want = { ...expected, changed: 'nothing' };
  // check: the port the CLI's check and the pane use, probe and load.
  expect(await problemOf(() => readTables(createPackagePort(data)))).toMatchObject(want);
  // the preview: opening the file, then showing each sheet.
  expect(
    await problemOf(() => {
      const f = openFile('x.xlsx', data);
      for (const s of f.sheets()) f.view(s);
    }),
  ).toMatchObject(want);
  // the CLI: check --json says why, fix and rubric stop with the same sentence, nothing written.
  const input = join(dir, `in-${++n}.xlsx`);
  writeFileSync(input, data);
  const p = await problemOf(() => readSnapshot(data));
  expect(p).toMatchObject(want);
  const checked = await cli('check', '--json', input);
  expect(checked.status).toBe(2);
  expect(JSON.parse(checked.out)[0]).toMatchObject({ recognized: false, code: 'unreadable', reason: problemMessage(p, 'vi') });
  for (const command of ['fix', 'rubric']) {
    const output = join(dir, `out-${n}-${command}.xlsx`);
    const r = await cli(command, input, '-o', output);
    expect([command, r.status, existsSync(output)]).toEqual([command, 2, false]);
    expect([command, r.err]).toEqual([command, `cchc: ${input}: ${problemMessage(p, 'vi')}`]);
  }
}

const goodSheet = sheetXml('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>');

/** A package's entries, written back with the given changes by the project's own zip writer. */
function rezip(data: Uint8Array, edit: (entries: Map<string, ZipEntry>) => ZipEntry[]) {
  return writeZip(edit(readZip(data)));
}

describe('.xls of every BIFF version is named .xls', () => {
  test.each([
    ['BIFF2', [0x09, 0x00, 0x04, 0x00, 0x02, 0x00, 0x10, 0x00]],
    ['BIFF3', [0x09, 0x02, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00]],
    ['BIFF4', [0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00]],
    ['BIFF5 without an OLE container', [0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x10, 0x00, 0xbb, 0x0d, 0xcc, 0x07]],
  ])('%s: a bare BOF record', async (_, bof) => {
    // The BOF, then an EOF record (0x000A, length 0).
    const data = new Uint8Array([...bof, 0x0a, 0x00, 0x00, 0x00]);
    await everyCommand(data, { code: 'file-format', format: 'xls' });
  });

  test('text that happens to start with a tab (like a BIFF record) is no .xls: tab-separated text, and plain text not a zip', async () => {
    expect(await problemOf(() => readSnapshot(strToU8('\tSTT\n')))).toMatchObject({ format: 'csv' });
    expect(await problemOf(() => readSnapshot(strToU8('\tSTT')))).toMatchObject({ format: 'csv' });
    expect(await problemOf(() => readSnapshot(strToU8('\u0009\u0000\u0004')))).not.toMatchObject({ format: 'xls' });
  });
});

describe('unsafe and duplicated zip entries', () => {
  test.each(['../../evil.txt', '/abs', 'xl/../../x', 'C:/x.txt', 'xl\\..\\..\\x', 'xl/./a.xml', 'xl//a.xml'])(
    'an entry named %s: unsafe-name',
    async (name) => {
      const data = makePackage([{ name: 'S', xml: goodSheet }], { extra: { [name]: 'x' } });
      await everyCommand(data, { code: 'file-format', format: 'unsafe-name', part: name.replace(/\\/g, '/') });
    },
  );

  test('a sheet entry stored twice: duplicate-entry', async () => {
    const data = rezip(makePackage([{ name: 'S', xml: goodSheet }]), (e) => [...e.values(), e.get('xl/ws/s1.xml')!]);
    await everyCommand(data, { code: 'file-format', format: 'duplicate-entry', part: 'xl/ws/s1.xml' });
  });

  test('the same part under another case, or with \\ for /: duplicate-entry', async () => {
    const base = makePackage([{ name: 'S', xml: goodSheet }]);
    const sheet = readZip(base).get('xl/ws/s1.xml')!;
    for (const other of ['XL/WS/S1.xml', 'xl\\ws\\s1.xml']) {
      const data = rezip(base, (e) => [...e.values(), { ...sheet, name: other.replace(/\\/g, '/'), stored: other }]);
      expect(await problemOf(() => readSnapshot(data))).toMatchObject({ code: 'file-format', format: 'duplicate-entry' });
    }
  });

  test('a folder of \\-separated names (as some Windows tools write) is still read', async () => {
    const base = makePackage([{ name: 'S', xml: goodSheet }]);
    const data = rezip(base, (e) => [...e.values()].map((x) => (x.name.includes('/') ? { ...x, stored: x.name.replace(/\//g, '\\') } : x)));
    expect((await readSnapshot(data)).sheets[0].values).toEqual([[1, 2]]);
  });
});

describe('cells outside the grid', () => {
  test.each([
    ['a column past XFD', '<row r="147"><c r="XFE147"><v>1</v></c></row>'],
    ['a row past 1048576', '<row r="1048577"><c r="A1048577"><v>1</v></c></row>'],
    ['row 99999999999', '<row r="99999999999"><c r="A99999999999"><v>1</v></c></row>'],
    ['a row element past the grid, its cells without r', '<row r="1048577"><c><v>1</v></c></row>'],
    ['row 0', '<row r="0"><c r="A0"><v>1</v></c></row>'],
  ])('%s: outside-grid, with the part', async (_, rows) => {
    const data = makePackage([{ name: 'S', xml: sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>${rows}`) }]);
    await everyCommand(data, { code: 'file-format', format: 'outside-grid', part: 'xl/ws/s1.xml' });
  });

  test('XFD1048576 itself is inside', async () => {
    const data = makePackage([{ name: 'S', xml: sheetXml('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>') }]);
    expect((await readSnapshot(data)).sheets[0].origin).toEqual({ row: 1048576, col: 16384 });
  });
});

describe('parts that are not well-formed', () => {
  test('a sheet cut off mid-tag: damaged, with the part', async () => {
    const whole = sheetXml('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row>');
    const cut = whole.slice(0, whole.indexOf('<c r="A2"') + 5);
    const data = makePackage([{ name: 'S', xml: cut }]);
    await everyCommand(data, { code: 'file-format', format: 'damaged', part: 'xl/ws/s1.xml' });
  });

  test.each([
    ['an unclosed element', sheetXml('<row r="1"><c r="A1"><v>1</v></c>')],
    ['crossed tags', sheetXml('<row r="1"><c r="A1"><v>1</c></v></row>')],
    ['an unquoted attribute', sheetXml('<row r=1><c r="A1"><v>1</v></c></row>')],
    ['a bare &', sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>a & b</t></is></c></row>')],
    ['an unclosed comment', sheetXml('<row r="1"><c r="A1"><v>1</v></c></row><!-- x')],
  ])('a sheet with %s: damaged', async (_, xml) => {
    expect(await problemOf(() => readSnapshot(makePackage([{ name: 'S', xml }])))).toMatchObject({
      code: 'file-format',
      format: 'damaged',
      part: 'xl/ws/s1.xml',
    });
  });

  test.each([
    ['the workbook', 'xl/book.xml'],
    ['its relationships', 'xl/_rels/book.xml.rels'],
    ['the shared strings', 'xl/strings/ss.xml'],
    ['the styles', 'xl/st.xml'],
    ['the content types', '[Content_Types].xml'],
  ])('%s cut off: damaged, with the part, for every command', async (_, part) => {
    const files = unzipSync(makePackage([{ name: 'S', xml: goodSheet }]));
    files[part] = files[part].subarray(0, files[part].length - 3);
    await everyCommand(zipSync(files), { code: 'file-format', format: 'damaged', part });
  });

  test('a big sheet is refused when it is read whole (load, fix), not by the probe that reads its head', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    const whole = sheetXml(rows);
    const cut = whole.slice(0, whole.length - 40);
    const data = makePackage([{ name: 'S', xml: cut }]);
    const port = createPackagePort(data);
    // The probe reads the top rows only: nothing wrong there.
    const probe = await port.probe();
    expect(probe.sheets[0].head.values[0]).toEqual([0]);
    const damaged = { code: 'file-format', format: 'damaged', part: 'xl/ws/s1.xml', changed: 'nothing' };
    expect(await problemOf(() => port.load([{ sheet: 'S', range: 'A1:A2' }]))).toMatchObject(damaged);
    expect(await problemOf(() => port.apply({ cells: [{ sheet: 'S', cell: 'B1', value: 1 }], fills: [] }))).toMatchObject(damaged);
    expect(await problemOf(() => readSnapshot(data))).toMatchObject(damaged);
  });
});

describe('legal XML the scanner used to misread', () => {
  const styles = `<?xml version="1.0"?><styleSheet xmlns="${NS}"><numFmts count="2"><!-- <numFmt numFmtId="165" formatCode="0.000"/> --><numFmt numFmtId="164" formatCode="[>=100]0;0.0"/><numFmt numFmtId="166" formatCode='"a>b" 0'/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="166"/></cellXfs></styleSheet>`;

  test('a > inside a quoted attribute, comments, CDATA and processing instructions', async () => {
    const sheet = `<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData><!-- <row r="9"><c r="A9"><v>9</v></c></row> --><?pi <row r="8"/>?><row r="1" x="a>b"><c r="A1" s="1"><v>150</v></c><c r="B1" s="2"><v>2</v></c><c r="C1" t="inlineStr"><is><t><![CDATA[<b> & c]]></t></is></c><c r="D1"><v>1<!-- 2 --></v></c></row></sheetData></worksheet>`;
    const data = makePackage([{ name: 'S', xml: sheet }], { styles });
    const pkg = openPackage(data);
    expect(pkg.styles.numFmt).toEqual(['General', '[>=100]0;0.0', '"a>b" 0']);
    const s = (await readSnapshot(data)).sheets[0];
    expect(s.values).toEqual([[150, 2, '<b> & c', 1]]);
    expect(s.formats![0].slice(0, 2)).toEqual(['[>=100]0;0.0', '"a>b" 0']);
  });

  test('a commented-out <sheet> in the workbook is no sheet', async () => {
    const files = unzipSync(makePackage([{ name: 'S', xml: goodSheet }]));
    const book = new TextDecoder().decode(files['xl/book.xml']);
    files['xl/book.xml'] = strToU8(
      book.replace('<x:sheets>', '<x:sheets><!-- <x:sheet name="Old" sheetId="9" relationships:id="rId9"/> -->'),
    );
    expect((await readSnapshot(zipSync(files))).sheetNames).toEqual(['S']);
  });
});

describe('the patch checks what it writes', () => {
  const data = makePackage([{ name: 'S', xml: goodSheet }]);

  test('a plan naming a cell that is no address, or outside the grid, or a sheet the file lacks: PlanError', () => {
    const pkg = openPackage(data);
    for (const cell of ['1A', 'XFE1', 'A1048577', 'A0'])
      expect(() => applyPlan(pkg, { cells: [{ sheet: 'S', cell, value: 1 }], fills: [] })).toThrow(PlanError);
    expect(() => applyPlan(pkg, { cells: [{ sheet: 'Nope', cell: 'A1', value: 1 }], fills: [] })).toThrow(PlanError);
  });

  test('a part the writer would break is never written: MalformedOutputError names it', () => {
    const pkg = openPackage(data);
    // A formula is written as it is: a control character in one makes the sheet not XML.
    const write = () => applyPlan(pkg, { cells: [{ sheet: 'S', cell: 'C1', formula: '="a\u0001"', value: 'a' }], fills: [] });
    expect(write).toThrow(MalformedOutputError);
    try {
      write();
    } catch (e) {
      expect((e as MalformedOutputError).part).toBe('xl/ws/s1.xml');
    }
  });

  test('the package is opened once: the patch hands back the new package, unchanged parts shared', () => {
    const pkg = openPackage(data);
    const { bytes, pkg: after } = applyPlan(pkg, { cells: [{ sheet: 'S', cell: 'C1', value: 3 }], fills: [] });
    expect(after.entries.get('xl/strings/ss.xml')).toBe(pkg.entries.get('xl/strings/ss.xml'));
    expect(after.sharedStrings).toBe(pkg.sharedStrings);
    const reopened = openPackage(bytes);
    expect([...after.entries.keys()]).toEqual([...reopened.entries.keys()]);
    expect(after.sheets).toEqual(reopened.sheets);
    expect(after.styles).toEqual(reopened.styles);
  });
});
