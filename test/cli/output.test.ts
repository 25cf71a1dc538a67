import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { problemMessage } from '../../src/core';
import { cli } from '../helpers/cli';

const sample = join(__dirname, '..', '..', 'assets', 'sample-district-2021.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'cchc-out-'));
const input = join(dir, 'huyen.xlsx');
copyFileSync(sample, input);
const original = readFileSync(input);
const isInput = (path: string) => problemMessage({ code: 'output-is-input', path, changed: 'nothing' }, 'en');

// Every command that writes goes through the same checks and the same verified save.
describe.each(['fix', 'rubric'])('cchc %s never writes to the input, whatever path names it', (command) => {
  test.each([
    ['a symlink to the input', () => (symlinkSync(input, join(dir, `${command}-link.xlsx`)), join(dir, `${command}-link.xlsx`))],
    ['a hard link to the input', () => (linkSync(input, join(dir, `${command}-hard.xlsx`)), join(dir, `${command}-hard.xlsx`))],
    [
      'the input through a symlinked folder',
      () => {
        const link = join(tmpdir(), `cchc-dirlink-${command}-${process.pid}`);
        symlinkSync(dir, link);
        return join(link, 'huyen.xlsx');
      },
    ],
  ])('%s: output-is-input, nothing written', async (_, make) => {
    const out = make();
    const r = await cli(command, input, '-o', out, '--force', '--lang', 'en');
    expect(r.status).toBe(2);
    expect(r.err).toContain(isInput(out));
    expect(readFileSync(input).equals(original)).toBe(true);
  });

  test('an existing output is refused without --force and replaced whole with it; no temporary file is left', async () => {
    const out = join(dir, `${command}-existing.xlsx`);
    writeFileSync(out, 'keep me');
    const r = await cli(command, input, '-o', out, '--lang', 'en');
    expect(r.status).toBe(2);
    expect(r.err).toContain(problemMessage({ code: 'output-exists', path: out, changed: 'nothing' }, 'en'));
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect((await cli(command, input, '-o', out, '--force')).status).toBe(command === 'fix' ? 1 : 0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('an output in a folder that does not exist: one clear line, exit 2', async () => {
    const out = join(dir, 'no', 'such', 'folder.xlsx');
    const r = await cli(command, input, '-o', out);
    expect(r.status).toBe(2);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
    mkdirSync(join(dir, `made-${command}`));
  });
});
