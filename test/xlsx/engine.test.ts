import { strToU8, unzipSync, zipSync } from 'fflate';
import { readSnapshot, createPackagePort, patchPackage, verifyPackage } from '../../src/xlsx';
import { WorkbookError } from '../../src/core';
import { readFileSync } from 'fs';
import { join } from 'path';
import { shiftFormula } from '../../src/xlsx/formula';
import { NS, makePackage, sheetXml } from './package';

const problemOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof WorkbookError) return e.problem;
    throw e;
  }
  throw new Error('no failure');
};

describe('the package reader', () => {
  test('every cell type, prefixes, rows and cells without r, shared strings under any part name, escapes', async () => {
    const data = makePackage(
      [
        {
          name: 'S',
          xml: `<?xml version="1.0"?><m:worksheet xmlns:m="${NS}"><m:sheetData>
<m:row><m:c t="s"><m:v>0</m:v></m:c><m:c><m:v>2.5</m:v></m:c><m:c t="b"><m:v>1</m:v></m:c><m:c t="e"><m:v>#N/A</m:v></m:c></m:row>
<m:row r="3"><m:c r="B3" t="inlineStr"><m:is><m:r><m:t>Số </m:t></m:r><m:r><m:t>liệu_x000A_</m:t></m:r></m:is></m:c><m:c r="C3" t="d"><m:v>2021-12-31T00:00:00</m:v></m:c><m:c r="D3" s="1"><m:v>44561</m:v></m:c></m:row>
<m:row r="4"><m:c r="A4" s="1" t="str"><m:f>"x"&amp;B4</m:f><m:v>xy</m:v></m:c><m:c r="B4" s="1" t="e"><m:f>1/0</m:f><m:v>#DIV/0!</m:v></m:c><m:c r="C4" s="2"><m:f>_xlfn.NUMBERVALUE("9,5",",")</m:f><m:v>9.5</m:v></m:c></m:row>
</m:sheetData><m:mergeCells count="1"><m:mergeCell ref="A10:XFD1048576"/></m:mergeCells><m:sheetProtection sheet="1"/></m:worksheet>`,
        },
        { name: 'Ẩn', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'), state: 'hidden' },
        { name: 'Rất ẩn', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'), state: 'veryHidden' },
      ],
      { sharedStrings: ['Chỉ tiêu &amp; số'] },
    );
    const snap = await readSnapshot(data);
    expect(snap.sheets.map((s) => s.name)).toEqual(['S', 'Ẩn']);
    expect(snap.sheetNames).toEqual(['S', 'Ẩn', 'Rất ẩn']);
    const s = snap.sheets[0];
    expect(s.origin).toEqual({ row: 1, col: 1 });
    expect(s.values[0]).toEqual(['Chỉ tiêu & số', 2.5, true, { error: '#N/A' }]);
    expect(s.values[2].slice(1)).toEqual(['Số liệu\n', '2021-12-31', '2021-12-31']);
    // A date format on a text or error result is not a date.
    expect(s.values[3]).toEqual(['xy', { error: '#DIV/0!' }, 9.5]);
    expect(s.formulas![3].slice(0, 3)).toEqual(['="x"&B4', '=1/0', '=NUMBERVALUE("9,5",",")']);
    expect(s.formats![3][2]).toBe('0.00%');
    // The giant merge is clamped to the cells that exist.
    expect(s.merges).toEqual([]);
    expect(s.protected).toBe(true);
  });

  test('the scan reads tags and attributes however they are spelled, and only the tags it reads', async () => {
    const data = makePackage(
      [
        {
          name: 'S',
          xml: sheetXml(
            [
              // Spaces in and around attributes, single quotes, an entity, an end tag with a space.
              `<row r = "1"><c r = "A1" t='s'><v>0</v></c ><c r='B1' s="0"  ><v>2</v></c><c r="C&#x31;"><v>3</v></c></row>`,
              // Elements whose names start like the ones read (col, cfRule, rowBreaks) and a prefixed `c` with two colons are not cells.
              `<row r="2" spans="1:3" x14ac:dyDescent="0.25"><c r="A2" xr:uid="{1}"><v>4</v></c><c r="B2"/><c r="C2" t="inlineStr"><is><t>a&lt;b</t></is></c></row>`,
              `<row r="3"><c r="A3"><f>A2*2</f><v>8</v></c><c r="B3"><v xml:space="preserve">9</v></c></row>`,
              `<row r="4"/><row r="5"><c r="A5"><v>10</v></c></row>`,
            ].join(''),
            '<cfRule type="x"><formula>1</formula></cfRule><a:b:c r="Z9"><v>99</v></a:b:c><rowBreaks count="0"/>',
          ),
        },
      ],
      { sharedStrings: ['một'] },
    );
    const s = (await readSnapshot(data)).sheets[0];
    expect(s.origin).toEqual({ row: 1, col: 1 });
    const at = (r: number, c: number) => s.values[r - 1]?.[c - 1] ?? null;
    expect([at(1, 1), at(1, 2), at(1, 3)]).toEqual(['một', 2, 3]);
    expect([at(2, 1), at(2, 2), at(2, 3)]).toEqual([4, null, 'a<b']);
    expect([at(3, 1), at(3, 2), at(4, 1), at(5, 1)]).toEqual([8, 9, null, 10]);
    // Nothing from the elements that are not cells (Z9 would widen the sheet to column 26).
    expect(Math.max(...s.values.map((r) => r.length))).toBe(3);
    expect(s.values.length).toBe(5);
    expect(s.formulas![2][0]).toBe('=A2*2');
  });

  test('1904 dates', async () => {
    const data = makePackage([{ name: 'S', xml: sheetXml('<row r="1"><c r="A1" s="3"><v>0</v></c></row>') }], {
      workbookPr: '<x:workbookPr date1904="1"/>',
    });
    expect((await readSnapshot(data)).sheets[0].values[0][0]).toBe('1904-01-01');
  });

  test('the port probes names, visibility and the stored state; fills come from styles', async () => {
    const state = JSON.stringify({ version: 1, highlights: [], filled: [] }).replace(/"/g, '&quot;');
    const data = makePackage([
      { name: 'S', xml: sheetXml('<row r="2"><c r="B2" s="2"><v>1</v></c><c r="C2"><v>2</v></c></row>') },
      { name: 'cchc_state', xml: sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>${state}</t></is></c></row>`), state: 'veryHidden' },
    ]);
    const port = createPackagePort(data);
    const probe = await port.probe();
    expect(probe.sheets.map((s) => [s.name, s.visibility, s.used])).toEqual([['S', 'Visible', 'B2:C2']]);
    expect(probe.state).toEqual({ version: 1, highlights: [], filled: [] });
    const fills = await port.readFills([
      { sheet: 'S', cell: 'B2' },
      { sheet: 'S', cell: 'C2' },
    ]);
    expect(fills.get('S!B2')).toEqual({ color: '#FFFF00', pattern: 'Solid' });
    expect(fills.get('S!C2')).toBeNull();
  });
});

describe('files it cannot read: each its coded outcome, nothing crashes', () => {
  const zip = (files: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
  test.each([
    ['an .xls (OLE2)', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), { code: 'file-format', format: 'xls' }],
    [
      'an encrypted .xlsx (OLE2 with EncryptionInfo)',
      new Uint8Array([
        0xd0,
        0xcf,
        0x11,
        0xe0,
        0xa1,
        0xb1,
        0x1a,
        0xe1,
        ...Array.from('EncryptionInfo').flatMap((c) => [c.charCodeAt(0), 0]),
      ]),
      { code: 'file-format', format: 'encrypted' },
    ],
    ['CSV text', strToU8('STT,Chỉ tiêu\n'), { code: 'file-format', format: 'csv' }],
    ['plain text', strToU8('Ghi chú\n'), { code: 'file-format', format: 'not-zip' }],
    ['a truncated zip', makePackage([{ name: 'S', xml: sheetXml('') }]).subarray(0, 300), { code: 'file-format', format: 'damaged' }],
    ['a zip without a workbook', zip({ 'a.txt': 'x' }), { code: 'file-format', format: 'no-workbook' }],
    [
      'an .xlsb',
      zip({
        '_rels/.rels': `<Relationships><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>`,
        'xl/workbook.bin': 'x',
      }),
      { code: 'file-format', format: 'xlsb' },
    ],
    [
      'an .ods',
      zip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }),
      { code: 'file-format', format: 'ods' },
    ],
  ])('%s', async (_, data, expected) => {
    expect(await problemOf(readSnapshot(data))).toMatchObject({ ...expected, changed: 'nothing' });
  });

  test('a missing sheet part', async () => {
    const data = makePackage([{ name: 'S', xml: sheetXml('') }]);
    const { unzipSync } = await import('fflate');
    const files = unzipSync(data);
    delete files['xl/ws/s1.xml'];
    expect(await problemOf(readSnapshot(zipSync(files)))).toMatchObject({
      code: 'file-format',
      format: 'missing-part',
      part: 'xl/ws/s1.xml',
    });
  });
});

describe('hostile files are refused by their bounds, fast', () => {
  test('a zip bomb (one part of zeros deflated a thousandfold): too-large zip-ratio before inflating', async () => {
    const bomb = makePackage([{ name: 'S', xml: sheetXml('') }], { extra: { 'xl/bomb.bin': new Uint8Array(50 * 1024 * 1024) } });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await problemOf(readSnapshot(bomb))).toMatchObject({ code: 'too-large', limit: 'zip-ratio', part: 'xl/bomb.bin' });
  });

  test('billion laughs and an external entity are never expanded', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>`;
    const data = makePackage([
      {
        name: 'S',
        xml: `${laughs}<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;&xxe;</t></is></c></row></sheetData></worksheet>`,
      },
    ]);
    const v = (await readSnapshot(data)).sheets[0].values[0][0];
    expect(v).toBe('&lol3;&xxe;');
  });

  test('1,048,576 rows: read within bounds; a cell at XFD1048576 and a merge of the whole sheet add no cells', async () => {
    const rows = new Array(1_048_576);
    for (let r = 1; r <= 1_048_576; r++) rows[r - 1] = `<row r="${r}"/>`;
    const data = makePackage([
      {
        name: 'S',
        xml: sheetXml(`${rows.join('')}`, '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'),
      },
      { name: 'T', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>') },
    ]);
    // No timing here (this machine is shared): the jest timeout catches a hang; the cost is the bench's.
    const snap = await readSnapshot(data);
    expect(snap.sheets[0].values).toEqual([]);
    expect(snap.sheets[0].merges).toEqual([]);
    const port = createPackagePort(data);
    const probe = await port.probe();
    expect(probe.sheets[1].used).toBe('A1:XFD1048576');
    expect(probe.sheets[1].head.values.length).toBeLessThanOrEqual(40);
  });

  test('50,000 merges are read; more than the bound is too-large merges', async () => {
    const merges = (n: number) =>
      `<mergeCells count="${n}">${Array.from({ length: n }, (_, i) => `<mergeCell ref="A${2 * i + 1}:B${2 * i + 1}"/>`).join('')}</mergeCells>`;
    const ok = makePackage([{ name: 'S', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c><c r="B1" s="2"/></row>', merges(50_000)) }]);
    expect((await readSnapshot(ok)).sheets[0].merges).toEqual(['A1:B1']);
    const tooMany = makePackage([{ name: 'S', xml: sheetXml('', merges(100_001)) }]);
    expect(await problemOf(readSnapshot(tooMany))).toMatchObject({ code: 'too-large', limit: 'merges' });
  });

  test('too many parts', async () => {
    const extra: Record<string, string> = {};
    for (let i = 0; i < 10_001; i++) extra[`p/${i}`] = '';
    expect(await problemOf(readSnapshot(makePackage([{ name: 'S', xml: sheetXml('') }], { extra })))).toMatchObject({
      code: 'too-large',
      limit: 'parts',
    });
  });
});

describe('the patch writer', () => {
  test('only the written cells change; new cells and rows go in order; styles are appended', async () => {
    const data = makePackage([
      { name: 'S', xml: sheetXml('<row r="2" spans="1:3"><c r="A2" s="1"><v>5</v></c><c r="C2"><v>7</v></c></row><row r="5"/>') },
    ]);
    const out = patchPackage(data, {
      cells: [
        { sheet: 'S', cell: 'B2', formula: '=NUMBERVALUE("1,5",",")', value: 1.5 },
        { sheet: 'S', cell: 'A1', value: '=không phải công thức', asText: true },
        { sheet: 'S', cell: 'D5', value: 3 },
        { sheet: 'S', cell: 'A9', value: 'cuối' },
      ],
      fills: [{ sheet: 'S', cell: 'A2', fill: { color: '#FFC7CE', pattern: 'Solid' } }],
    });
    const s = (await readSnapshot(out)).sheets[0];
    expect(s.origin).toEqual({ row: 1, col: 1 });
    expect(s.values[0][0]).toBe('=không phải công thức');
    expect(s.formats![0][0]).toBe('@');
    expect(s.values[1]).toEqual(['1900-01-05', 1.5, 7]);
    expect(s.formulas![1][1]).toBe('=NUMBERVALUE("1,5",",")');
    expect(s.values[4][3]).toBe(3);
    expect(s.values[8][0]).toBe('cuối');
    const port = createPackagePort(out);
    expect((await port.readFills([{ sheet: 'S', cell: 'A2' }])).get('S!A2')).toEqual({ color: '#FFC7CE', pattern: 'Solid' });
    // The date format of A2 is kept with the new fill.
    expect(s.formats![1][0]).toBe('dd/mm/yyyy');
  });
});

describe('a write that really collides is refused, and says with what', () => {
  const RNS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const data = makePackage([{ name: 'S', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }], {
    extra: {
      'xl/ws/_rels/s1.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RNS}/table" Target="../tables/t1.xml"/><Relationship Id="rId2" Type="${RNS}/pivotTable" Target="../pivot/p1.xml"/></Relationships>`,
      'xl/tables/t1.xml': `<table xmlns="${NS}" id="1" name="Bang1" displayName="Bang1" ref="B2:D6" totalsRowCount="1"><tableColumns count="3"><tableColumn id="1" name="a"/><tableColumn id="2" name="b"><calculatedColumnFormula>[a]*2</calculatedColumnFormula></tableColumn><tableColumn id="3" name="c"/></tableColumns></table>`,
      'xl/pivot/p1.xml': `<pivotTableDefinition xmlns="${NS}" name="Pivot1"><location ref="G1:H5" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/></pivotTableDefinition>`,
    },
  });
  const write = (cell: string) =>
    problemOf(Promise.resolve().then(() => patchPackage(data, { cells: [{ sheet: 'S', cell, value: 1 }], fills: [] })));

  test('inside a pivot table', async () => {
    expect(await write('H3')).toMatchObject({
      code: 'write-collides',
      sheet: 'S',
      cell: 'H3',
      with: 'pivot-table',
      name: 'Pivot1',
      changed: 'nothing',
    });
  });
  test("in a table's calculated column", async () => {
    expect(await write('C4')).toMatchObject({ code: 'write-collides', cell: 'C4', with: 'table-formula', name: 'Bang1' });
  });
  test("the table's other columns, its header and totals row, and cells outside are written", async () => {
    for (const cell of ['B4', 'D4', 'C2', 'C6', 'E4', 'F3'])
      expect(
        (await readSnapshot(patchPackage(data, { cells: [{ sheet: 'S', cell, value: 42 }], fills: [] }))).sheets[0].values.flat(),
      ).toContain(42);
  });
});

describe('verify before saving', () => {
  test('a difference other than the planned writes is verify-failed with its sheet and cell', async () => {
    const data = makePackage([{ name: 'S', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>') }]);
    const out = patchPackage(data, { cells: [{ sheet: 'S', cell: 'B1', value: 3 }], fills: [] });
    expect(() => verifyPackage(data, out, new Set(['S!B1']))).not.toThrow();
    expect(await problemOf(Promise.resolve().then(() => verifyPackage(data, out, new Set(['S!A1']))))).toEqual({
      code: 'verify-failed',
      sheet: 'S',
      cell: 'B1',
      changed: 'nothing',
    });
  });
});

describe('minimal packages as scripts write them', () => {
  const sheet = { name: 'S', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>') };
  const fill = { sheet: 'S', cell: 'B1', fill: { color: '#FFC7CE', pattern: 'Solid' as const } };

  test('no stylesheet at all: one is added, related and typed, with the reserved entries first', async () => {
    const out = patchPackage(makePackage([sheet], { styles: null }), { cells: [], fills: [fill] });
    const snap = await readSnapshot(out);
    const port = createPackagePort(out);
    const fills = await port.readFills([
      { sheet: 'S', cell: 'A1' },
      { sheet: 'S', cell: 'B1' },
    ]);
    expect([...fills.values()]).toEqual([null, { color: '#FFC7CE', pattern: 'Solid' }]);
    expect(snap.sheets[0].values).toEqual([[1, 2]]);
  });

  test('a stylesheet without fonts, fills, borders or cellXfs: the sections are added in order', async () => {
    const styles = `<?xml version="1.0"?><styleSheet xmlns="${NS}"/>`;
    const out = patchPackage(makePackage([sheet], { styles }), {
      cells: [{ sheet: 'S', cell: 'A1', value: 0.5, numberFormat: '0.00%' }],
      fills: [fill],
    });
    const port = createPackagePort(out);
    expect((await port.readFills([{ sheet: 'S', cell: 'B1' }])).get('S!B1')).toEqual({ color: '#FFC7CE', pattern: 'Solid' });
    const snap = await readSnapshot(out);
    expect(snap.sheets[0].formats?.[0]).toEqual(['0.00%', 'General']);
    const xml = new TextDecoder().decode(unzipSync(out)['xl/st.xml']);
    const order = ['fonts', 'fills', 'borders', 'cellXfs'].map((s) => xml.indexOf(`<${s} `));
    expect(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1]))).toBe(true);
  });
});

describe('shared formulas', () => {
  test('a cell of a shared formula reads as the first cell’s formula moved to it, as Excel shows it', () => {
    expect(shiftFormula('=A1*2', 1, 0)).toBe('=A2*2');
    expect(shiftFormula('=SUM($A1:A$3)+LOG10(B2)', 2, 1)).toBe('=SUM($A3:B$3)+LOG10(C4)');
    expect(shiftFormula(`="A1"&'Sheet A1'!B2&Sheet2!C3`, 1, 1)).toBe(`="A1"&'Sheet A1'!C3&Sheet2!D4`);
    expect(shiftFormula('=ATAN2(A1,B1)', 1, 0)).toBe('=ATAN2(A2,B2)');
    expect(shiftFormula('=A1', -1, 0)).toBe('=#REF!');
  });

  test.each(['shared_formula_simple.xlsx', 'shared_formula_reversed.xlsx'])('%s (calamine): every cell has its formula', async (file) => {
    const snap = await readSnapshot(readFileSync(join(__dirname, '..', 'corpus', 'calamine', file)));
    const s = snap.sheets[0];
    const col = 2 - s.origin.col;
    const formulas = s.formulas!.map((r) => r[col]).filter((f) => f !== null);
    expect(formulas.length).toBeGreaterThan(2);
    formulas.forEach((f, i) => expect(f).toMatch(new RegExp(`^=A${i + s.origin.row}\\b`)));
  });
});
