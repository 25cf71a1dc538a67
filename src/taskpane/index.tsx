/// <reference types="office-js" />
/**
 * Entry of the task pane in Excel: wires the Office.js port and the change events after
 * Office.onReady and renders the pane. Opened outside Office, it says so and links to the preview.
 */
import { createRoot } from 'react-dom/client';
import { createExcelPort, officeHost } from '../excel';
import { excelChanges } from '../excel/changes';
import { App } from './components/App';
import { ACTIONS } from '../app/actions';
import { UI, defaultLang } from './i18n';

function outsideOffice(): void {
  const lang = defaultLang();
  const t = UI[lang];
  document.documentElement.lang = lang;
  const p = document.createElement('p');
  p.className = 'outside';
  p.append(`${t.outsideOffice} `);
  const a = document.createElement('a');
  a.href = 'preview.html';
  a.textContent = t.openPreview;
  p.append(a);
  document.getElementById('root')?.replaceChildren(p);
}

if (typeof Office === 'undefined') outsideOffice();
else
  void Office.onReady((info) => {
    if (!info.host) return outsideOffice();
    const host = officeHost();
    const root = createRoot(document.getElementById('root') as HTMLElement);
    root.render(
      <App
        port={createExcelPort(host)}
        actions={ACTIONS}
        initialLang={defaultLang()}
        changes={excelChanges(host, Office.context.platform === Office.PlatformType.OfficeOnline)}
      />,
    );
  });
