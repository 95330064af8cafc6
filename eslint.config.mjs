// typescript-eslint with type information for the rules that catch real bugs (floating promises),
// and boundary rules: the domain stays pure, the UI reaches the backend only through the contract
// and the domain, and no Custom UI app imports another app's folder.
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * An app is a folder directly under a `static/` folder; `shared` is the one folder every app may
 * import. A relative import from one app into another app's folder (or from shared into an app) is
 * an error: what two apps use moves to static/shared. (Imports leaving static/ are judged by the
 * backend rule below.)
 */
const appBoundaries = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      sibling: 'static/{{from}} imports static/{{to}}: one app never imports another app\'s folder; move what both use to static/shared.',
    },
  },
  create(context) {
    const file = context.filename;
    const parts = file.split(path.sep);
    const at = parts.lastIndexOf('static');
    if (at < 0 || at + 1 >= parts.length - 1) return {};
    const appsRoot = parts.slice(0, at + 1).join(path.sep);
    const own = parts[at + 1];
    const check = (source) => {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = path.relative(appsRoot, path.resolve(path.dirname(file), source.value)).split(path.sep);
      if (target[0] === '..' || target[0] === '' || target.length < 2) return;
      const to = target[0];
      if (to === own || to === 'shared') return;
      context.report({ node: source, messageId: 'sibling', data: { from: own, to } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default tseslint.config(
  // test/fixtures/lint holds code that breaks the rules on purpose (test/architecture lints it).
  { ignores: ['node_modules/', 'build/', 'static/*/dist/', '.shipshape/', 'coverage/', 'test-results/', 'bin/', '*.config.js', '*.config.mjs', 'test/fixtures/lint/'] },
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
    files: ['static/**/*.ts', 'static/**/*.tsx', 'test/fixtures/lint/static/**/*.ts'],
    plugins: { shipshape: { rules: { 'app-boundaries': appBoundaries } } },
    rules: {
      'shipshape/app-boundaries': 'error',
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
