/**
 * Writes src/taskpane/theme.json: the Fluent web light theme cut down to the design tokens the task
 * pane's styles use. FluentProvider writes every token of its theme as a CSS variable, and the whole
 * theme (with every palette colour it is built from) weighs about 10 KiB gzip in the pane; the pane's
 * styles use a quarter of the tokens. `npm run theme` builds the pane, lists the `var(--token)` its
 * JavaScript references, and keeps those tokens with webLightTheme's values. The end-to-end test
 * checks the built pane against the file, so a Fluent update that needs a new token fails there.
 */
import { webLightTheme } from '@fluentui/react-components';
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..', '..');

/** The token names a built script references as `var(--name)`, sorted. */
export function referencedTokens(js: string): string[] {
  return [...new Set([...js.matchAll(/var\(--([A-Za-z][A-Za-z0-9]*)\)/g)].map((m) => m[1]))].sort();
}

/** webLightTheme restricted to the given tokens (every name must be one of its tokens). */
export function themeFor(names: string[]): Record<string, string | number> {
  const all = webLightTheme as unknown as Record<string, string | number>;
  const out: Record<string, string | number> = {};
  for (const n of names) if (n in all) out[n] = all[n];
  return out;
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-theme-'));
  try {
    execFileSync(
      'npx',
      [
        'webpack',
        '--mode',
        'production',
        '--entry-reset',
        '--entry',
        './src/taskpane/index.tsx',
        '--output-path',
        dir,
        '--output-filename',
        'pane.js',
      ],
      { cwd: ROOT, stdio: 'pipe' },
    );
    const js = readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    const theme = themeFor(referencedTokens(js));
    writeFileSync(join(ROOT, 'src', 'taskpane', 'theme.json'), `${JSON.stringify(theme, null, 2)}\n`);
    console.log(`src/taskpane/theme.json: ${Object.keys(theme).length} tokens`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) main();
