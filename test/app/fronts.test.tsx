/**
 * @jest-environment jsdom
 */
/**
 * Every front runs the same actions through the action layer and saves through the one verified
 * save: the preview (its workbook service, as the worker runs it), the task pane (its buttons, on
 * the same package port) and the CLI (`fix`, then `rubric`), on the same workbook, give the same file.
 */
import '../helpers/jsdom-text';
import { act, cleanup, configure, fireEvent, render, screen } from '@testing-library/react';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ACTIONS, remediation } from '../../src/app/actions';
import { save } from '../../src/app/save';
import { openPackage, parseSheet } from '../../src/xlsx/package';
import { STATE_SHEET_NAME, createPackagePort } from '../../src/xlsx';
import { LIMITS } from '../../src/xlsx/zip';
import { openFile } from '../../src/preview/files';
import { createWorkbookService } from '../../src/preview/workbook-service';
import { App } from '../../src/taskpane/components/App';
import { cli } from '../helpers/cli';

configure({ asyncUtilTimeout: 10000 });
jest.setTimeout(60000);

const dir = mkdtempSync(join(tmpdir(), 'cchc-fronts-'));
const sample = join(__dirname, '..', '..', 'assets', 'sample-district-2021.xlsx');

/** Every cell's value and formula of every sheet but the product's state, by 'Sheet!A1'. */
function cells(bytes: Uint8Array): Record<string, unknown> {
  const pkg = openPackage(bytes);
  const out: Record<string, unknown> = {};
  for (const s of pkg.sheets) {
    if (s.name === STATE_SHEET_NAME) continue;
    for (const r of parseSheet(pkg, s.path, { cells: LIMITS.cells }).rows)
      for (const c of r.cells) if (c.value !== null || c.formula !== null) out[`${s.name}!${c.row}:${c.col}`] = [c.value, c.formula];
  }
  return out;
}

/** The sample as `cchc fix` wrote it, then D61 and D123 typed over in the preview (the repro). */
let fixedBytes: Uint8Array;
let edited: Uint8Array;
beforeAll(async () => {
  const fixed = join(dir, 'da-sua.xlsx');
  const r = await cli('fix', sample, '-o', fixed);
  expect(r.err).toBe('');
  fixedBytes = readFileSync(fixed);
  const file = openFile('da-sua.xlsx', fixedBytes);
  await file.edit('Phụ lục 2', 'D61', 99);
  await file.edit('Phụ lục 2', 'D123', 85);
  edited = file.download();
});

afterEach(cleanup);

describe('one action layer behind every front', () => {
  test('the preview: a file cchc fix wrote, D61 and D123 edited, the remediation sheet replaced, downloads verified', async () => {
    const file = openFile('da-sua.xlsx', fixedBytes);
    await file.edit('Phụ lục 2', 'D61', 99);
    await file.edit('Phụ lục 2', 'D123', 85);
    const asked = await remediation(file.port, { lang: 'vi', replace: false });
    expect(asked.status).toBe('ask');
    expect(asked.notes).toEqual([{ code: 'ask-replace', sheet: 'Khắc phục 2021' }]);
    const replaced = await remediation(file.port, { lang: 'vi', replace: true });
    expect(replaced.notes[0]).toEqual({ code: 'remediation-added', sheet: 'Khắc phục 2021', replaced: true });
    // Before the action layer this download was refused: verify-failed at 'Khắc phục 2021'!A10.
    const out = file.download();
    expect(cells(out)['Phụ lục 2!61:4']).toEqual([99, null]);
  });

  test('a save that would lose a cell is refused with a coded reason, and nothing is handed out', async () => {
    const port = createPackagePort(edited);
    await port.apply({ cells: [{ sheet: 'Phụ lục 2', cell: 'D14', value: 1 }], fills: [] });
    // As if a plan had written a cell it did not name: the verify finds it.
    port.applied.length = 0;
    const saved = save(port, edited);
    expect(saved.status).toBe('failed');
    expect(saved.status === 'failed' && saved.problem).toMatchObject({ code: 'verify-failed', sheet: 'Phụ lục 2', cell: 'D14' });
  });

  test('the pane, the preview and the CLI give the same workbook for the same actions', async () => {
    // The preview: the worker's service answers the page's requests; the page runs the actions on its port.
    const service = createWorkbookService();
    const ask = async (req: Parameters<typeof service.handle>[0], file = 1) => {
      const { reply } = await service.handle(req, file, () => undefined);
      if (!reply.ok) throw new Error(JSON.stringify(reply.problem));
      return reply.value;
    };
    await ask({ op: 'open', name: 'a.xlsx', bytes: edited.slice() }, 0);
    const remote = {
      probe: () => ask({ op: 'probe' }),
      load: (regions: unknown) => ask({ op: 'load', regions } as never),
      readFills: (c: unknown) => ask({ op: 'readFills', cells: c } as never),
      apply: async (plan: unknown) => void (await ask({ op: 'apply', plan } as never)),
      select: async () => undefined,
    } as unknown as Parameters<typeof ACTIONS.check>[0];
    expect((await ACTIONS.check(remote, { lang: 'vi' })).status).toBe('done');
    expect((await ACTIONS.fillRatios(remote, { lang: 'vi' })).status).toBe('done');
    expect((await ACTIONS.remediation(remote, { lang: 'vi', replace: true })).status).toBe('done');
    expect((await ACTIONS.scoringSheet(remote, { mode: 'open' })).notes[0]).toMatchObject({ made: 'created' });
    const fromPreview = (await ask({ op: 'download' })) as Uint8Array;

    const input = join(dir, 'edited.xlsx');
    writeFileSync(input, edited);

    // The pane: its buttons, on a package port, saved through the same save.
    const port = createPackagePort(edited);
    render(<App port={port} actions={ACTIONS} initialLang="vi" />);
    const click = async (name: string) => {
      await act(async () => fireEvent.click(screen.getByRole('button', { name })));
      await screen.findByRole('button', { name: 'Kiểm tra' }).then((b) => expect(b.hasAttribute('disabled')).toBe(false));
    };
    await click('Kiểm tra');
    await screen.findByText(/Đã nhận ra/);
    // Findings on other sheets name their sheet; the code shown is the row's in the sheet, as the CLI shows it.
    const tally = await screen.findByText('Phiếu điều tra!F15');
    expect(tally).toBeTruthy();
    const d14 = screen.getByText('Phụ lục 2!D14').closest('.finding') as HTMLElement;
    expect(d14.querySelector('.code')?.textContent).toBe('1.1.2');
    const text = await cli('check', input);
    expect(text.out).toMatch(/Phụ lục 2!D14 +1\.1\.2 +Tiêu chí I\.1\.1/);
    expect(text.out).toMatch(/Phiếu điều tra!F15 /);
    await click('Điền tỷ lệ');
    await click('Tạo bảng khắc phục');
    await screen.findByText(/Thay bằng bảng mới\?/);
    await click('Thay bằng bảng mới');
    await screen.findByText(/Đã thay trang “Khắc phục 2021”/);
    await click('Thang điểm');
    await screen.findByText(/Đã tạo trang “Thang điểm”/);
    const fromPane = save(port, edited);
    if (fromPane.status !== 'done') throw new Error('pane save refused');

    // The CLI: fix (fill, highlight, replace the remediation sheet), then rubric.
    expect((await cli('fix', input, '-o', join(dir, 'cli-1.xlsx'), '--force')).err).toBe('');
    expect((await cli('rubric', join(dir, 'cli-1.xlsx'), '-o', join(dir, 'cli-2.xlsx'))).err).toBe('');
    const fromCli = readFileSync(join(dir, 'cli-2.xlsx'));

    const expected = cells(fromCli);
    expect(expected['Thang điểm!1:1']).toBeDefined();
    expect(cells(fromPreview)).toEqual(expected);
    expect(cells(fromPane.bytes)).toEqual(expected);
  });
});
