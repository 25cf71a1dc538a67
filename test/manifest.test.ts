import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { validateManifest } from './tools/validate-manifest';
import { ICON_SIZES } from './tools/make-icons';

const ROOT = join(__dirname, '..');
const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { productionManifest } = require(join(ROOT, 'webpack.config.js')) as { productionManifest: (xml: string, url?: string) => string };

describe('manifest.xml', () => {
  test('is valid against Microsoft’s XSDs, offline, with ReadWriteDocument, the pane button and the function command', async () => {
    expect(await validateManifest(xml)).toEqual({ valid: true, errors: [] });
  });

  test('the check can fail: an element out of schema order, a wider permission, Requirements inside VersionOverrides', async () => {
    const outOfOrder = xml
      .replace(/(\s*<Permissions>ReadWriteDocument<\/Permissions>)/, '')
      .replace('<DefaultSettings>', '<Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>');
    expect((await validateManifest(outOfOrder)).valid).toBe(false);
    const wider = await validateManifest(
      xml.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadWriteMailbox</Permissions>'),
    );
    expect(wider.valid).toBe(false);
    const inside = xml.replace(
      '<Hosts>\n      <Host xsi:type="Workbook">',
      '<Requirements><bt:Sets><bt:Set Name="ExcelApi" MinVersion="1.9"/></bt:Sets></Requirements>\n    <Hosts>\n      <Host xsi:type="Workbook">',
    );
    expect((await validateManifest(inside)).errors.join('\n')).toMatch(/Requirements/);
  });

  test('icons at 16, 32, 64 and 80 px exist and are real PNGs of that size', () => {
    for (const s of ICON_SIZES) {
      const png = readFileSync(join(__dirname, '..', 'assets', `icon-${s}.png`));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([s, s]);
    }
  });

  test('asks for ExcelApi 1.1 only, so Office 2016 loads the add-in', () => {
    expect(xml).toMatch(/<Sets DefaultMinVersion="1.1">\s*<Set Name="ExcelApi" MinVersion="1.1"\/>\s*<\/Sets>/);
  });

  test('the production manifest carries the real URL everywhere, AppDomain included, and still validates', async () => {
    const prod = productionManifest(xml, 'https://cchc.example.vn/addin');
    expect(prod).not.toMatch(/localhost/);
    expect(prod).toContain('<AppDomain>https://cchc.example.vn</AppDomain>');
    expect(prod).toContain('<SourceLocation DefaultValue="https://cchc.example.vn/addin/taskpane.html"/>');
    expect(await validateManifest(prod)).toEqual({ valid: true, errors: [] });
  });

  test.each([[undefined], ['https://localhost:3000/'], ['https://127.0.0.1/'], ['http://cchc.example.vn/'], ['not a url']])(
    'no production manifest for ADDIN_URL=%s',
    (url) => {
      expect(() => productionManifest(xml, url)).toThrow(/ADDIN_URL/);
    },
  );

  test('npm run build:addin without a URL stops with a clear message and a non-zero exit, before building', () => {
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production', '--env', 'addin'],
      {
        cwd: ROOT,
        env: { ...process.env, ADDIN_URL: '' },
        encoding: 'utf8',
      },
    );
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/build:addin stopped: ADDIN_URL is not set/);
  });
});
