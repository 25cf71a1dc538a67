/**
 * @jest-environment jsdom
 */
/** The ribbon dialog's page: Close reaches the command once Office.js is ready, even when clicked before. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { wireDialog } from '../../src/commands/dialog';

function page() {
  document.body.innerHTML = '<p id="m"></p><button id="close" type="button">Close</button>';
  return { text: document.getElementById('m'), close: document.getElementById('close') };
}

describe('the dialog page', () => {
  test('a click before Office.js is ready is delivered once it is; the line shows at once', async () => {
    const sent: string[] = [];
    let ready!: (send: (m: string) => void) => void;
    const p = page();
    wireDialog({ ...p, search: '?m=' + encodeURIComponent('Phụ lục 2: 1 lỗi'), ready: new Promise((r) => (ready = r)) });
    expect(p.text!.textContent).toBe('Phụ lục 2: 1 lỗi');
    p.close!.click();
    p.close!.click();
    await Promise.resolve();
    expect(sent).toEqual([]);
    ready((m) => sent.push(m));
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual(['close']);
  });

  test('outside Office the button does nothing, and throws nothing', async () => {
    const p = page();
    wireDialog({ ...p, search: '', ready: Promise.resolve(null) });
    expect(() => p.close!.click()).not.toThrow();
    expect(p.text!.textContent).toBe('');
  });

  test('the page has no inline script calling messageParent before Office.js initialises; its script is the bundled module', () => {
    const html = readFileSync(join(__dirname, '../../src/commands/dialog.html'), 'utf8');
    expect(html).not.toMatch(/messageParent/);
    const config = readFileSync(join(__dirname, '../../webpack.config.js'), 'utf8');
    expect(config).toMatch(/dialog: '\.\/src\/commands\/dialog\.ts'/);
    expect(config).toMatch(/filename: 'dialog\.html'[^)]*chunks: \['dialog'\]/);
  });
});
