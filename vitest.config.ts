import { defineConfig } from 'vitest/config';

export default defineConfig({
  // JSX in unit tests is Preact's, as in the extension.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
