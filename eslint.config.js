// @ts-check
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

const browserOnly = ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', 'preact', 'preact/*'];

/**
 * The folders of src/ as layers, lowest first. At run time a folder imports only from the folders before it,
 * so no two folders depend on each other (engine ↔ questions and settings → ui were such pairs; import-x's
 * no-cycle sees only cycles of modules). Type-only imports are free: they vanish from the bundles.
 */
export const LAYERS = [
  'questions',
  'engine',
  'packs',
  'sites',
  'journal',
  'settings',
  'store',
  'history',
  'menus',
  'ocr',
  'guard',
  'ui',
  'cli',
];
const layerRules = LAYERS.slice(0, -1).map((layer, i) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  ignores: ['**/*.test.ts', '**/*.test.tsx'],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: LAYERS.slice(i + 1).map((above) => ({
          regex: `^(\\.\\./)+${above}(/|$)`,
          allowTypeImports: true,
          message: `src/${layer} is below src/${above} (docs/ARCHITECTURE.md, "Boundaries"): only a type import may go up.`,
        })),
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      'dist/**',
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
      // no-cycle reads the modules an import leads to: it must know that .ts/.tsx files are modules, and
      // parse them as TypeScript (its default is .js only, and then it silently sees no cycle at all).
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A cycle makes module order matter and pulls the whole loop into any bundle that needs one end of it
      // (the content script's size depends on what it imports). Type-only imports do not count.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
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
    // Type-aware rules need the TypeScript program (tsconfig.json), so only TypeScript files get them.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A promise nobody awaits loses its rejection: await it, handle it (`.catch`), or say that it is
      // deliberately left to run (`void`, only where a failure is already handled or cannot matter).
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            // node:test's describe() and test() return promises its runner already follows.
            { from: 'package', name: ['describe', 'test', 'it', 'suite'], package: 'node:test' },
            // Preact's act() with a synchronous callback renders and runs effects before it returns; the
            // promise it returns then never rejects (a throw is thrown at once). An async callback is awaited.
            { from: 'package', name: 'act', package: 'preact' },
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
  ...layerRules,
  {
    // Only entrypoints/ and settings/ touch browser.* (docs/ARCHITECTURE.md).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/settings/**', 'src/engine/**', 'src/packs/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-globals': ['error', 'browser', 'chrome'],
    },
  },
);
