/** The minimal reader of the benchmark: unzip a workbook and scan its sheets' XML for cells, nothing more. */
import { unzipSync } from 'fflate';

/** The number of cell elements in the sheets and shared strings of one .xlsx. */
export function scanCells(data: Uint8Array): number {
  let cells = 0;
  const parts = unzipSync(data, { filter: (e) => e.name.startsWith('xl/worksheets/') || e.name === 'xl/sharedStrings.xml' });
  for (const [name, part] of Object.entries(parts))
    if (name.endsWith('.xml'))
      cells += (
        Buffer.from(part)
          .toString('utf8')
          .match(/<c[\s>]/g) ?? []
      ).length;
  return cells;
}
