import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { validateManifest } from './tools/validate-manifest';
import { ICON_SIZES } from './tools/make-icons';

const xml = readFileSync(join(__dirname, '..', 'manifest.xml'), 'utf8');

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
    expect(xml.match(/<Set Name=/g)).toHaveLength(1);
  });
});

describe('the production manifest', () => {
  const ROOT = join(__dirname, '..');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(join(ROOT, 'webpack.config.js')) as ((env: object, argv: object) => Promise<unknown>) & {
    productionManifest: (xml: string, url: string) => string;
    badProductionUrl: (url: string | undefined) => string | null;
  };

  test('moves every localhost address to the URL, the AppDomain included, and still validates', async () => {
    const prod = config.productionManifest(xml, 'https://bhxh.example.vn/cchc/');
    expect(prod).not.toMatch(/localhost/);
    expect(prod).toMatch(/<AppDomain>https:\/\/bhxh\.example\.vn<\/AppDomain>/);
    expect(prod).toMatch(/<SourceLocation DefaultValue="https:\/\/bhxh\.example\.vn\/cchc\/taskpane\.html"\/>/);
    expect(await validateManifest(prod)).toEqual({ valid: true, errors: [] });
  });

  test('refuses a missing, plain-http or local URL', () => {
    expect(config.badProductionUrl(undefined)).toMatch(/not set/);
    expect(config.badProductionUrl('http://bhxh.example.vn/')).toMatch(/https/);
    expect(config.badProductionUrl('https://localhost:3000/')).toMatch(/this computer/);
    expect(config.badProductionUrl('https://127.0.0.1/')).toMatch(/this computer/);
    expect(config.badProductionUrl('https://bhxh.example.vn/cchc/')).toBeNull();
  });

  test('a production add-in build without ADDIN_URL stops with a clear message and a non-zero exit; --env dev asks for localhost on purpose', async () => {
    const env = { ...process.env };
    delete env.ADDIN_URL;
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', '.bin', 'webpack'), '--mode', 'production', '--env', 'addin'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr + r.stdout).toMatch(/Refusing to write a production manifest: ADDIN_URL is not set/);
    await expect(config({ addin: true }, { mode: 'production' })).rejects.toThrow(/ADDIN_URL/);
    await expect(config({ addin: true, dev: true }, { mode: 'production' })).resolves.toBeTruthy();
  }, 60000);
});
