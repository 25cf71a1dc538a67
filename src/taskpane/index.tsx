/// <reference types="office-js" />
/** Entry of the task pane in Excel: wires the Office.js port after Office.onReady and renders the pane. */
import { createRoot } from 'react-dom/client';
import { createExcelPort } from '../excel';
import { App } from './components/App';
import { CORE_ENGINE } from '../app/engine';
import { defaultLang } from './i18n';

void Office.onReady(() => {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  root.render(<App port={createExcelPort()} engine={CORE_ENGINE} initialLang={defaultLang(Office.context.displayLanguage)} />);
});
