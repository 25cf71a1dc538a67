/** `npm run build:addin` writes a one-page install guide, Vietnamese and English, beside the manifest it builds. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import webpack from 'webpack';

const ROOT = join(__dirname, '..');
const URL = 'https://bhxh.example.vn/cchc/';

type Config = { plugins: { constructor: { name: string } }[] };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => Promise<Config>;

/** The add-in build's own copy step (manifest, icons, guide), run by webpack into a temporary folder; the bundles are left out. */
async function buildCopies(): Promise<string> {
  const saved = process.env.ADDIN_URL;
  process.env.ADDIN_URL = URL;
  const full = await config({ addin: true }, { mode: 'production' }).finally(() => {
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  });
  const out = mkdtempSync(join(tmpdir(), 'cchc-guide-'));
  const entry = join(out, 'empty.js');
  writeFileSync(entry, '');
  const copies = full.plugins.filter((p) => p.constructor.name === 'CopyPlugin');
  expect(copies).toHaveLength(1);
  await new Promise<void>((resolve, reject) =>
    webpack({ mode: 'production', context: ROOT, entry, output: { path: join(out, 'addin') }, plugins: copies as never }, (err, stats) =>
      err || stats?.hasErrors() ? reject(err ?? new Error(stats?.toString())) : resolve(),
    ),
  );
  return join(out, 'addin');
}

describe('the install guide', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await buildCopies();
  }, 120000);
  afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

  test('is written beside the manifest, in Vietnamese and English, pointing at the add-in’s URL', () => {
    expect(existsSync(join(dir, 'manifest.xml'))).toBe(true);
    expect(readFileSync(join(dir, 'manifest.xml'), 'utf8')).toContain(URL);
    for (const lang of ['vi', 'en']) {
      const html = readFileSync(join(dir, `INSTALL.${lang}.html`), 'utf8');
      expect(html).toMatch(new RegExp(`<html lang="?${lang}"?>`));
      expect(html).toContain(`${URL}manifest.xml`);
      expect(html).not.toMatch(/\{\{|localhost/);
      // The three ways: a shared-folder catalog, central deployment, Excel on the web's upload.
      expect(html).toMatch(/Trust\s+Center\s+Settings…\s+›\s+Trusted\s+Add-in\s+Catalogs/);
      expect(html).toMatch(/SHARED FOLDER/);
      expect(html).toMatch(/Integrated\s+apps\s+›\s+Upload\s+custom\s+apps/);
      expect(html).toMatch(/Upload My\s+Add-in/);
    }
    const vi = readFileSync(join(dir, 'INSTALL.vi.html'), 'utf8');
    expect(vi).toMatch(/Danh mục\s+Phần bổ trợ Tin cậy/);
    expect(vi).toMatch(/Chèn\s+›\s+Phần\s+bổ\s+trợ\s+của\s+tôi/);
  });

  test('the README links it', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toMatch(/\]\(assets\/install\/INSTALL\.vi\.html\)/);
  });
});
