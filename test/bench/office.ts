/**
 * Office.js figures for `npm run bench`: per host profile and workbook, the round trips and the largest
 * request and response of each pane action and the ribbon command, on the fake Office.js that
 * accounts payload (test/excel/fake-excel.ts). Counts and bytes are exact, not timed.
 */
import { ACTIONS, SCENES, measureAll } from '../excel/actions';
import { PROFILES } from '../excel/fake-excel';
import { RealClientHost } from '../excel/real-client/host';

const kb = (n: number) => (n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KiB`);

/**
 * The same table through Microsoft's own Excel client (@microsoft/office-js: Windows' build on desktop
 * profiles, the web's on Excel on the web), answered by the fake workbook: bytes as the client builds
 * its requests and reads its responses. Excel.run's reference cleanup after each run is not counted.
 */
export async function realClientFigures(): Promise<void> {
  console.log(
    "Office.js through Microsoft's client, per profile × workbook × action: round trips / largest request / largest response (goal: each ≤ 1 MB)",
  );
  const header = ['profile', 'workbook', ...ACTIONS];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  let request = 0;
  let response = 0;
  for (const profile of PROFILES)
    for (const scene of SCENES) {
      const { measured } = await measureAll(profile, scene, (book, p) => new RealClientHost(book, p));
      const cells = ACTIONS.map((a) => {
        const m = measured.get(a)!;
        request = Math.max(request, m.request);
        response = Math.max(response, m.response);
        return `${m.trips} / ${kb(m.request)} / ${kb(m.response)}${m.outcome.done ? '' : ' (not done)'}`;
      });
      console.log(`| ${[profile.name, scene, ...cells].join(' | ')} |`);
    }
  console.log(`Office.js through Microsoft's client: largest request ${kb(request)}, largest response ${kb(response)} (goal ≤ 1 MB each)`);
}

export async function officeFigures(): Promise<void> {
  console.log(
    'Office.js per profile × workbook × action: round trips / largest request / largest response (goal: read ≤ 3, no response > 1 MB)',
  );
  const header = ['profile', 'workbook', ...ACTIONS];
  const rows: string[][] = [];
  let worst = 0;
  const readResponse = new Map<string, number[]>();
  for (const profile of PROFILES)
    for (const scene of SCENES) {
      const { measured } = await measureAll(profile, scene);
      const cells = ACTIONS.map((a) => {
        const m = measured.get(a)!;
        worst = Math.max(worst, m.response);
        const mark = m.outcome.done ? '' : ' (not done)';
        return `${m.trips} / ${kb(m.request)} / ${kb(m.response)}${mark}`;
      });
      rows.push([profile.name, scene, ...cells]);
      const r = readResponse.get(profile.name) ?? [];
      r.push(measured.get('read')!.response);
      readResponse.set(profile.name, r);
    }
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  console.log(`Office.js largest response of any action on any profile: ${kb(worst)} (goal ≤ 1 MB)`);
  for (const [name, [alone, big, ten]] of readResponse)
    console.log(
      `Office.js read, ${name}: largest response alone ${kb(alone)}, beside 100,000 rows ${kb(big)} (×${(big / alone).toFixed(2)}), with ten 2,000-row sheets ${kb(ten)} (×${(ten / alone).toFixed(2)})`,
    );
  await realClientFigures();
}

// `node dist/test/bench/office.js`: this section alone.
if (require.main === module) realClientFigures().catch((e) => (console.error(e), process.exit(1)));
