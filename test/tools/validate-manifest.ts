/**
 * Offline manifest check: Microsoft's XSDs (copied into test/manifest-schemas) through libxml2 in
 * WebAssembly, plus what the schema cannot say (permissions, commands, icons). `npm run validate`.
 */
import { existsSync, readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { validateXML } from 'xmllint-wasm';

const ROOT = ['../..', '../../..'].map((d) => join(__dirname, d)).find((d) => existsSync(join(d, 'manifest.xml'))) as string;
const SCHEMAS = join(ROOT, 'test', 'manifest-schemas');
const MAIN = 'OfficeAppManifestV1_1.xsd';

export interface ManifestCheck {
  valid: boolean;
  errors: string[];
}

export async function validateManifest(xml: string): Promise<ManifestCheck> {
  const files = readdirSync(SCHEMAS).filter((f) => f.endsWith('.xsd'));
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [readFileSync(join(SCHEMAS, MAIN), 'utf8')],
    preload: files.filter((f) => f !== MAIN).map((f) => ({ fileName: f, contents: readFileSync(join(SCHEMAS, f), 'utf8') })),
  });
  const errors = result.errors.map((e) => e.message);
  const need = (ok: boolean, msg: string) => ok || errors.push(msg);
  const permissions = [...xml.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1].trim());
  need(
    permissions.length === 1 && permissions[0] === 'ReadWriteDocument',
    `Permissions must be ReadWriteDocument only, found ${permissions.join(', ')}`,
  );
  const vo = xml.indexOf('<VersionOverrides');
  need(vo < 0 || !xml.slice(vo).includes('<Requirements>'), 'Requirements must sit at the top level, not inside VersionOverrides');
  need(/xsi:type="ShowTaskpane"/.test(xml), 'a button must open the task pane (ShowTaskpane)');
  need(
    /xsi:type="ExecuteFunction"[\s\S]*?<FunctionName>checkNow<\/FunctionName>/.test(xml),
    'a button must run the checkNow function (ExecuteFunction)',
  );
  for (const m of xml.matchAll(/https:\/\/localhost:3000\/assets\/([\w.-]+\.png)/g))
    need(existsSync(join(ROOT, 'assets', m[1])), `missing icon assets/${m[1]}`);
  return { valid: errors.length === 0, errors };
}

if (require.main === module) {
  const file = process.argv[2] ?? join(ROOT, 'manifest.xml');
  void validateManifest(readFileSync(file, 'utf8')).then((r) => {
    if (r.valid) console.log(`${file}: valid against the Office add-in manifest schemas (offline)`);
    else {
      console.error(`${file}: invalid\n  ${r.errors.join('\n  ')}`);
      process.exitCode = 1;
    }
  });
}
