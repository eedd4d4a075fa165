// The built-in packs for the benchmark: every rules/<id>/pack.yaml through the pack loader (src/packs),
// once those have landed. Throws when they are not there yet (the engine bench then uses its stand-in).

import type { CompiledPack } from '../../src/engine/types';

export async function loadBuiltInPacks(): Promise<CompiledPack[]> {
  throw new Error('src/packs and rules/ have not landed on this branch yet');
}
