/**
 * `npm start`: sideloads the add-in into desktop Excel where it exists (Windows, macOS);
 * elsewhere says so and opens the browser preview on the sample workbook (PORT is honoured).
 */
import { spawnSync } from 'child_process';
import { join } from 'path';
import { cliBoth } from '../core';

const ROOT = join(__dirname, '..', '..', '..');

function run(cmd: string, args: string[]): number {
  return spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT, shell: process.platform === 'win32' }).status ?? 1;
}

function main(): number {
  if (process.platform === 'win32' || process.platform === 'darwin') {
    // office-addin-debugging is fetched here, not installed with the project: its peer
    // dependencies build a native keychain module that cannot install on every machine.
    return run('npx', ['--yes', 'office-addin-debugging@7', 'start', 'manifest.xml', 'desktop']);
  }
  const { vi, en } = cliBoth({ code: 'start-no-excel' });
  console.log(`${vi}\n${en}\n`);
  const built = run('npx', ['webpack', '--mode', 'production']);
  if (built !== 0) return built;
  // The server runs until Ctrl+C.
  return run(process.execPath, [join(__dirname, '..', 'preview', 'serve.js')]);
}

process.exitCode = main();
