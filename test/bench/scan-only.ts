/** The minimal reader of the benchmark: unzip each file and scan its sheets' XML for cells, nothing more. */
import { unzipSync } from 'fflate';
import { readFileSync } from 'fs';

let cells = 0;
for (const f of process.argv.slice(2)) {
  const files = unzipSync(readFileSync(f), { filter: (e) => e.name.startsWith('xl/worksheets/') || e.name === 'xl/sharedStrings.xml' });
  for (const [name, data] of Object.entries(files))
    if (name.endsWith('.xml'))
      cells += (
        Buffer.from(data)
          .toString('utf8')
          .match(/<c[\s>]/g) ?? []
      ).length;
}
process.stdout.write(`${cells}\n`);
