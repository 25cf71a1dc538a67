/**
 * `npm start`: sideloads the add-in into desktop Excel where it exists (Windows, macOS);
 * elsewhere says so and opens the browser preview on the sample workbook (PORT is honoured).
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
      'Máy này không có Excel máy tính: mở bản xem trước trong trình duyệt, trên sổ tính mẫu.',
      'No desktop Excel on this machine: opening the browser preview on the sample workbook.',
      'Excel trên web / Excel on the web: `npm run dev-server`, then upload manifest.xml (Home › Add-ins › Upload My Add-in).',
      '',
    ].join('\n'),
  );
  const built = run('npx', ['webpack', '--mode', 'production']);
  if (built !== 0) return built;
  // The server runs until Ctrl+C.
  return run(process.execPath, [join(__dirname, '..', 'preview', 'serve.js')]);
}

process.exitCode = main();
