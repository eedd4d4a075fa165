import type { CompiledPack } from '../engine/types';
import type { PackSource } from '../packs/schema';

/** A built-in pack as `check` uses it: where it came from, the validated source, the engine form. */
export interface BuiltInPack {
  file: string;
  source: PackSource;
  compiled: CompiledPack;
}

// Replaced by scripts/build-cli.ts (esbuild `define`) with the built-in packs, compiled at build time.
declare const WISE_READER_BUILT_IN_PACKS: BuiltInPack[] | undefined;

/**
 * The built-in packs compiled into the bundled program, or null when running from the source (`npm run cli`),
 * where they are loaded from rules/ on each run.
 */
export function bundledBuiltInPacks(): BuiltInPack[] | null {
  return typeof WISE_READER_BUILT_IN_PACKS === 'undefined' ? null : WISE_READER_BUILT_IN_PACKS;
}
