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
});
