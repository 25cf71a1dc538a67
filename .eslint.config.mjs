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
    // The core is pure: no host, no DOM, no I/O.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['exceljs', 'react', '@fluentui/*', 'fs', 'path', '../excel/*', '../xlsx/*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel', 'Date', 'Math.random'],
    },
  },
);
