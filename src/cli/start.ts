/**
 * `npm start`: sideloads the add-in into desktop Excel where it exists (Windows, macOS);
 * elsewhere says so and opens the browser preview on the sample workbook (PORT is honoured).
 * On an up-to-date build it serves at once: each build step runs only when a source is newer than
 * what it produced, and shows its progress when it does.
 */
import { spawnSync } from 'child_process';
import { existsSync, readdirSync, statSync } from 'fs';
import { join } from 'path';
import { cliBoth } from '../core';

const ROOT = join(__dirname, '..', '..', '..');

function run(cmd: string, args: string[]): number {
  return spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT, shell: process.platform === 'win32' }).status ?? 1;
}

/** The newest modification time under the given files and folders (0 when none exist). */
export function newest(paths: string[]): number {
  let t = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const e of readdirSync(p)) if (e !== 'node_modules' && !e.startsWith('.')) visit(join(p, e));
    } else t = Math.max(t, s.mtimeMs);
  };
  paths.forEach(visit);
  return t;
}

/** The oldest output: missing outputs count as infinitely old. */
function oldest(paths: string[]): number {
  let t = Infinity;
  for (const p of paths) t = Math.min(t, existsSync(p) ? statSync(p).mtimeMs : 0);
  return t;
}

/** True when something the step reads is newer than what it wrote. */
export function stale(sources: string[], outputs: string[]): boolean {
  return newest(sources.map((p) => join(ROOT, p))) > oldest(outputs.map((p) => join(ROOT, p)));
}

function main(): number {
  if (process.platform === 'win32' || process.platform === 'darwin') {
    // office-addin-debugging is fetched here, not installed with the project: its peer
    // dependencies build a native keychain module that cannot install on every machine.
    return run('npx', ['--yes', 'office-addin-debugging@7', 'start', 'manifest.xml', 'desktop']);
  }
  const say = (m: Parameters<typeof cliBoth>[0]) => {
    const { vi, en } = cliBoth(m);
    console.log(
      vi === en
        ? vi
        : `${vi}
${en}`,
    );
  };
  say({ code: 'start-no-excel' });
  console.log('');
  if (stale(['src', 'tsconfig.json'], ['dist/src/preview/serve.js', 'dist/src/cli/start.js'])) {
    say({ code: 'start-build', step: 'compile' });
    const compiled = run('npx', ['tsc', '-p', 'tsconfig.json']);
    if (compiled !== 0) return compiled;
  }
  if (
    stale(
      ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'package.json'],
      ['dist/addin/preview.html', 'dist/addin/taskpane.html', 'dist/addin/preview-worker.js'],
    )
  ) {
    say({ code: 'start-build', step: 'bundle' });
    const built = run('npx', ['webpack', '--mode', 'production', '--progress']);
    if (built !== 0) return built;
  } else say({ code: 'start-build', step: 'up-to-date' });
  // The server runs until Ctrl+C.
  return run(process.execPath, [join(__dirname, '..', 'preview', 'serve.js')]);
}

if (require.main === module) process.exitCode = main();
