import { readFile } from 'node:fs/promises';

// Replaced by scripts/build-cli.ts (esbuild `define`) with package.json's version.
declare const WISE_READER_VERSION: string | undefined;

/** The program's version: built in by the bundler, or read from package.json when running from the source. */
export async function cliVersion(): Promise<string> {
  if (typeof WISE_READER_VERSION !== 'undefined') return WISE_READER_VERSION;
  const text = await readFile(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

/** Running as the bundled program (dist/cli/wise-reader.mjs), not from the source. */
export function isBundled(): boolean {
  return typeof WISE_READER_VERSION !== 'undefined';
}
