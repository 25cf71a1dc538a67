// ESLint flat config, kept as a dotfile so the top level stays as the Office template has it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The core is pure: no host, no DOM, no file, no zip, no clock, no randomness, no process.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['exceljs', 'jszip', 'fflate', 'xlsx', 'react', 'react-dom', 'react/*', '@fluentui/*', '@microsoft/*'],
              message: 'The core is pure: hosts, .xlsx packages and the UI belong in src/excel, src/xlsx and the fronts.',
            },
            {
              group: ['fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net', 'worker_threads', 'node:*'],
              message: 'The core is pure: no files, processes or network; the adapters and the CLI do I/O.',
            },
            {
              group: ['**/excel', '**/excel/**', '**/xlsx/**', '**/taskpane/**', '**/preview/**', '**/commands/**', '**/cli/**', '**/app/**'],
              message: 'The core depends on nothing outside src/core.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest', 'Office', 'Excel', 'OfficeExtension'].map(
          (name) => ({ name, message: 'The core is pure: no host or DOM; use the port.' }),
        ),
        ...['Date', 'performance'].map((name) => ({ name, message: 'The core is pure: no clock; pass times in.' })),
        ...['process', 'require', 'Buffer', '__dirname', '__filename'].map((name) => ({
          name,
          message: 'The core is pure: no process or files; the fronts read them.',
        })),
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'The core is pure: no randomness.' },
        { selector: "MemberExpression[object.name='globalThis']", message: 'The core is pure: no globals of the host.' },
        { selector: 'ImportExpression', message: 'The core is pure: no dynamic imports.' },
      ],
    },
  },
);
