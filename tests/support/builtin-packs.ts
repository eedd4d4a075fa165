// The built-in packs for benchmarks, screenshots and end-to-end tests: every rules/<id>/pack.yaml through the
// pack loader (src/packs), as the extension and the CLI load them. Other folders (rules/examples) are skipped.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompiledPack } from '../../src/engine/types';
import { formatPackError, loadPack } from '../../src/packs';

const RULES = fileURLToPath(new URL('../../rules/', import.meta.url));

export function loadBuiltInPacks(): CompiledPack[] {
  if (!existsSync(RULES)) return [];
  const packs: CompiledPack[] = [];
  for (const entry of readdirSync(RULES, { withFileTypes: true })) {
    const file = join(RULES, entry.name, 'pack.yaml');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const result = loadPack(readFileSync(file, 'utf8'), { file });
    if (!result.ok) throw new Error(result.errors.map((e) => formatPackError(e, file)).join('\n'));
    packs.push(result.compiled);
  }
  return packs.sort((a, b) => a.id.localeCompare(b.id));
}
