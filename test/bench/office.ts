/**
 * Office.js figures per host profile: round trips and the largest request and response of each pane
 * action and the ribbon's check, on the fake Office.js that accounts payloads (`npm run bench`).
 */
import { checkAndHighlight } from '../../src/app/check';
import { CORE_ENGINE } from '../../src/app/engine';
import { readTables } from '../../src/app/session';
import { WorkbookError } from '../../src/core';
import { createExcelPort } from '../../src/excel';
import { ACTIONS, WORKBOOKS } from '../excel/actions';
import { FakeHost, PROFILES } from '../excel/fake-excel';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** One line per profile × workbook × action: round trips, largest request, largest response. */
export async function officeFigures(): Promise<void> {
  const actions: Record<string, (port: ReturnType<typeof createExcelPort>) => Promise<unknown>> = {
    read: (port) => readTables(port),
    ...ACTIONS,
    ribbon: (port) => checkAndHighlight(port, CORE_ENGINE, 'vi'),
  };
  console.log('Office.js per host profile (fake Office.js with payload accounting): round trips, largest request / response');
  let worst = 0;
  for (const p of PROFILES)
    for (const [what, make] of Object.entries(WORKBOOKS)) {
      const cells: string[] = [];
      for (const [name, act] of Object.entries(actions)) {
        const host = new FakeHost(make(), p);
        const port = createExcelPort(host);
        if (name === 'clear') await ACTIONS.highlight(port);
        const mark = host.trips.length;
        const outcome = await act(port).then(
          () => '',
          (e) => (e instanceof WorkbookError ? ` (${e.code})` : ` (failed: ${String(e)})`),
        );
        const c = host.since(mark);
        worst = Math.max(worst, c.response);
        cells.push(`${name} ${c.trips} · ${kb(c.request)} / ${kb(c.response)}${outcome}`);
      }
      console.log(`  ${p.name}, ${what}: ${cells.join('; ')}`);
    }
  console.log(
    `  largest response of any action on any profile: ${kb(worst)} (goal < 1024 KB); read ≤ 3 round trips is asserted in test/excel/hosts.test.ts`,
  );
}
