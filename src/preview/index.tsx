/** Entry of the browser preview: opens the sample district workbook; nothing leaves this machine. */
import { createRoot } from 'react-dom/client';
import { openFile } from './files';
import { storedLang } from '../taskpane/i18n';
import { Preview } from './Preview';
import sampleUrl from '../../assets/sample-district-2021.xlsx';

async function main(): Promise<void> {
  const bytes = new Uint8Array(await (await fetch(sampleUrl)).arrayBuffer());
  const file = openFile('sample-district-2021.xlsx', bytes);
  const lang = storedLang() ?? (navigator.language.toLowerCase().startsWith('en') ? 'en' : 'vi');
  document.documentElement.lang = lang;
  createRoot(document.getElementById('root') as HTMLElement).render(<Preview initial={file} lang={lang} />);
}

void main();
