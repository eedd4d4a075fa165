import type { CompiledPack } from '../engine/types';
import type { InstalledPack, PackInForce, PackLoader, PackProblem } from './pack-record';
import { storeProblem } from './store-strings';

export interface CompiledInstalled {
  packs: PackInForce[];
  /** Packs this version cannot compile from their stored source, with why (they are listed, not applied). */
  uncompiled: Map<string, PackProblem[]>;
}

/**
 * The compiled form of each installed pack, kept in the background's memory only (storage holds each pack
 * once, as source). A pack is compiled once per worker: when it is admitted, or from its source the first
 * time the worker needs it.
 */
export function createCompiledPacks(loadPack: PackLoader) {
  const byHash = new Map<string, CompiledPack>();

  async function compileOne(pack: InstalledPack): Promise<CompiledPack | PackProblem[]> {
    const known = byHash.get(pack.hash);
    if (known) return known;
    if (pack.source === undefined)
      return pack.legacyCompiled ?? [storeProblem('pack-not-compiled', {}, pack.id)];
    const loaded = await loadPack(JSON.stringify(pack.source), { format: 'json' });
    if (!loaded.ok || loaded.compiled.id !== pack.id) {
      return [
        storeProblem('pack-not-compiled', {}, pack.id),
        ...(loaded.ok ? [] : loaded.errors.map((error) => ({ ...error, packId: pack.id }))),
      ];
    }
    byHash.set(pack.hash, loaded.compiled);
    return loaded.compiled;
  }

  return {
    remember(hash: string, compiled: CompiledPack): void {
      byHash.set(hash, compiled);
    },

    async compile(installed: readonly InstalledPack[]): Promise<CompiledInstalled> {
      const packs: PackInForce[] = [];
      const uncompiled = new Map<string, PackProblem[]>();
      for (const pack of installed) {
        const result = await compileOne(pack);
        const compiled = Array.isArray(result)
          ? { id: pack.id, version: pack.version, name: pack.name, rules: [], questions: [] }
          : result;
        if (Array.isArray(result)) uncompiled.set(pack.id, result);
        packs.push({
          id: pack.id,
          origin: pack.origin,
          compiled:
            pack.publisher && !compiled.publisher ? { ...compiled, publisher: pack.publisher } : compiled,
          updatedAt: pack.updatedAt,
          ...(pack.keyId ? { keyId: pack.keyId } : {}),
          ...(pack.url ? { url: pack.url } : {}),
          ...(pack.fileName ? { fileName: pack.fileName } : {}),
          ...(pack.locked !== undefined ? { locked: pack.locked } : {}),
        });
      }
      // What is no longer installed need not stay in memory.
      const hashes = new Set(installed.map((p) => p.hash));
      for (const hash of byHash.keys()) if (!hashes.has(hash)) byHash.delete(hash);
      return { packs, uncompiled };
    },
  };
}

export type CompiledPacks = ReturnType<typeof createCompiledPacks>;
