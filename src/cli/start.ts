/**
 * `npm start`: sideloads the add-in into desktop Excel where it exists (Windows, macOS);
 * elsewhere says so and runs the main job without Excel: the check of the sample workbook.
 */
import { spawnSync } from 'child_process';
import { join } from 'path';

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
  console.log(
    [
      'Máy này không có Excel máy tính: chạy kiểm tra trên sổ tính mẫu bằng dòng lệnh.',
      'No desktop Excel on this machine: running the check on the sample workbook with the command line.',
      'Excel trên web / Excel on the web: `npm run dev-server`, then upload manifest.xml (Insert › Add-ins › Upload My Add-in).',
      '',
    ].join('\n'),
  );
  const status = run(process.execPath, [join(__dirname, 'main.js'), 'check', 'assets/sample-district-2021.xlsx']);
  // The sample has planted mistakes: exit status 1 is the expected result of this demonstration.
  return status === 1 ? 0 : status;
}

process.exitCode = main();
