/** Faults an audit of the adapter against Excel's own behaviour found, each on the host profile where it bites. */
import { columnNumber } from '../../src/core';
import { runAction } from './actions';
import { buildAppendix } from '../fixtures/appendix';
import { FakeHost, FakeSheet, FakeWorkbook, LATEST, PROFILES } from './fake-excel';

const OLDEST = PROFILES[0];

function appendixBook(others: FakeSheet[] = []) {
  const built = buildAppendix({ edits: { '1.1.2': { value: '31' }, '2.5.3': { value: '' } } });
  return { built, book: new FakeWorkbook([...others, FakeSheet.from(built.sheet)]) };
}

describe('the probe stays on the grid', () => {
  test.each([OLDEST, LATEST].map((p) => [p.name, p] as const))(
    '%s: a sheet whose only value is at XEZ1048570 does not fail the check',
    async (_n, profile) => {
      const edge = new FakeSheet('Ghi chú');
      edge.set(1048570, columnNumber('XEZ'), { value: 'cuối trang' });
      const { book } = appendixBook([edge]);
      const host = new FakeHost(book, profile);
      const outcome = await runAction(host, 'check');
      expect(outcome).toEqual({ done: true, touches: expect.any(Array) });
      // The wrong figure was found and highlighted.
      expect([...book.sheet('Phụ lục 2').cells.values()].some((c) => c.fill?.color === '#FFC7CE')).toBe(true);
    },
  );

  test('the fake refuses a cell past the grid, as Excel does', async () => {
    const edge = new FakeSheet('Ghi chú');
    edge.set(1048570, 5, { value: 1 });
    const host = new FakeHost(new FakeWorkbook([edge]));
    await expect(
      host.run(async (ctx) => {
        const used = ctx.workbook.worksheets.getItem('Ghi chú').getUsedRange();
        used.getCell(39, 0).load('address');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
