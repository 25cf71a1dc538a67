/** The baseline of the benchmark: ExcelJS merely loading each file given on the command line. */
import ExcelJS from 'exceljs';
import { readFile } from 'fs/promises';

async function main(files: string[]): Promise<void> {
  let sheets = 0;
  for (const f of files) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(f)) as unknown as ArrayBuffer);
    sheets += wb.worksheets.length;
  }
  process.stdout.write(`${sheets}\n`);
}

void main(process.argv.slice(2));
