import type { PackInForce, PackLoader, PlacedProblems } from './pack-record';

export interface BuiltinPacks {
  packs: PackInForce[];
  /** Built-in pack files that did not load (no id to show them under). */
  problems: PlacedProblems[];
}

/** Compiles the built-in pack files (path → YAML text), in path order so the rule set is stable. */
export async function loadBuiltinPacks(
  loadPack: PackLoader,
  sources: Record<string, string>,
): Promise<BuiltinPacks> {
  const result: BuiltinPacks = { packs: [], problems: [] };
  for (const [path, text] of Object.entries(sources).sort(([a], [b]) => a.localeCompare(b))) {
    const loaded = await loadPack(text, { file: path, format: 'yaml' });
    if (loaded.ok) {
      result.packs.push({ id: loaded.compiled.id, origin: 'builtin', compiled: loaded.compiled });
    } else result.problems.push({ where: path, errors: loaded.errors });
  }
  return result;
}
