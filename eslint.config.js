// @ts-check
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

const browserOnly = ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', 'preact', 'preact/*'];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'tests/fixtures/sites/*/dist/**',
      'docs/**',
      'test-results/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The module boundaries of docs/ARCHITECTURE.md, enforced here rather than in review.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: ['./src/engine', './src/packs'],
              from: ['./src/sites', './src/guard', './src/ui', './src/settings', './entrypoints'],
              message: 'engine and packs are pure: no sites, guard, ui, settings or entrypoints.',
            },
            {
              target: './src/engine',
              from: ['./src/packs', './src/cli'],
              message: 'the engine runs compiled packs; it must not pull in the pack parser (zod, YAML).',
            },
            {
              target: './src/sites',
              from: ['./src/ui'],
              message: 'site adapters never import UI.',
            },
            {
              target: ['./src/guard', './src/sites', './src/ui', './entrypoints/compose.content'],
              from: ['./src/packs', './src/cli'],
              message: 'zod and YAML stay out of the content script: use the compiled packs from storage.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/packs/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: browserOnly.map((name) => ({
            name,
            message: 'engine and packs are pure (docs/ARCHITECTURE.md).',
          })),
        },
      ],
      'no-restricted-globals': ['error', 'browser', 'chrome', 'document', 'window'],
    },
  },
  {
    files: [
      'src/guard/**/*.ts',
      'src/sites/**/*.ts',
      'src/ui/**/*.{ts,tsx}',
      'src/engine/**/*.ts',
      'src/questions/**/*.ts',
    ],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'zod stays out of the content script bundle.' },
            { name: 'yaml', message: 'the YAML parser stays out of the content script bundle.' },
          ],
        },
      ],
    },
  },
  {
    // Only entrypoints/ and settings/ touch browser.* (docs/ARCHITECTURE.md).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/settings/**', 'src/engine/**', 'src/packs/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-globals': ['error', 'browser', 'chrome'],
    },
  },
);
