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
    // The core is pure: no host, no file or zip library, no DOM, no clock, no randomness, no process.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['exceljs', 'jszip', 'fflate', 'xlsx', 'sax', 'saxes'], message: 'The .xlsx package is read only in src/xlsx.' },
            {
              group: ['react', 'react-dom', 'react-dom/*', '@fluentui/*', 'office-*', '@microsoft/office-*'],
              message: 'No UI or host in the core.',
            },
            {
              group: [
                'fs',
                'fs/*',
                'path',
                'os',
                'http',
                'https',
                'net',
                'child_process',
                'crypto',
                'process',
                'node:*',
                'worker_threads',
                'url',
              ],
              message: 'No I/O in the core.',
            },
            {
              group: [
                '**/excel',
                '**/excel/*',
                '**/xlsx',
                '**/xlsx/*',
                '**/taskpane/*',
                '**/commands/*',
                '**/preview/*',
                '**/cli/*',
                '**/app/*',
              ],
              message: 'The core depends on no adapter or front.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'fetch', 'XMLHttpRequest', 'Office', 'Excel', 'OfficeExtension'].map(
          (name) => ({
            name,
            message: 'No host or DOM in the core.',
          }),
        ),
        { name: 'Date', message: 'No clock in the core: pass dates in.' },
        { name: 'process', message: 'No process in the core.' },
        { name: 'require', message: 'No dynamic loading in the core.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'No randomness in the core.' },
        { selector: 'ImportExpression', message: 'No dynamic import in the core.' },
      ],
    },
  },
);
