// typescript-eslint with type information for the rules that catch real bugs (floating promises),
// and a boundary rule that keeps the domain pure (DESIGN habit 12).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'build/', 'static/*/dist/', '.shipshape/', 'coverage/', 'test-results/', 'bin/', '*.config.js', '*.config.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@forge/*'], message: 'The domain is pure: no Forge imports.' },
            { group: ['node:*', 'fs', 'http', 'https', 'path'], message: 'The domain is pure: no I/O.' },
            { group: ['../*', '!../domain/*'], message: 'The domain imports nothing outside src/domain.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'Date', message: 'Pass asOf; the domain never reads the clock.' }],
    },
  },
  {
    files: ['static/**/*.ts', 'static/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // The backend's src/ (reached as ../../../src/…), not an app's own src/ folder.
              regex: '^(\\.\\./)+src/(?!contract$|domain/)',
              message: 'The UI meets the backend only in src/contract.ts; it may also run the pure domain (src/domain), never an adapter.',
            },
          ],
        },
      ],
    },
  },
);
