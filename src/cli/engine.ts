import type { CheckerFactory } from '../packs/run-pack-examples';

// The engine is written on its own branch; until it is merged this module loads it at run time so the CLI
// compiles without it. (Replaced by a static import once src/engine/index.ts is on main.)
const ENGINE_MODULE = '../engine/index.ts';

export async function loadCreateChecker(): Promise<CheckerFactory> {
  const engine = (await import(ENGINE_MODULE)) as { createChecker: CheckerFactory };
  return engine.createChecker;
}
