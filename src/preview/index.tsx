/** Entry of the browser preview: opens the sample district workbook in the preview's worker; nothing leaves this machine. */
import { createRoot } from 'react-dom/client';
import { defaultLang } from '../taskpane/i18n';
import { Preview } from './Preview';
import { localChannel, workbooks, workerChannel } from './remote';
import sampleUrl from '../../assets/sample-district-2021.xlsx';

/** The worker's script, next to this page (webpack's `preview-worker` entry). */
const WORKER_URL = 'preview-worker.js';

async function main(): Promise<void> {
  const books = workbooks(typeof Worker === 'function' ? workerChannel(WORKER_URL) : localChannel());
  const bytes = new Uint8Array(await (await fetch(sampleUrl)).arrayBuffer());
  const file = await books.open('sample-district-2021.xlsx', bytes);
  const view = file.sheets[0] ? await file.view(file.sheets[0]) : null;
  const lang = defaultLang();
  document.documentElement.lang = lang;
  createRoot(document.getElementById('root') as HTMLElement).render(
    <Preview books={books} initial={file} initialView={view} lang={lang} />,
  );
}

void main();
