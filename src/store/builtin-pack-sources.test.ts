import { describe, expect, it } from 'vitest';
import { loadPack } from '../packs';
import { builtinPackSources } from './builtin-pack-sources';
import { memoryPackStore } from './testing/memory-store';
import type { PackLoader } from './pack-record';

describe('built-in packs as the background loads them', () => {
  it('finds rules/<id>/pack.yaml one level deep only (rules/examples/** stays out)', () => {
    for (const path of Object.keys(builtinPackSources)) expect(path).toMatch(/^\/rules\/[^/]+\/pack\.yaml$/);
    expect(Object.keys(builtinPackSources).some((p) => p.startsWith('/rules/examples/'))).toBe(false);
  });

  it('every built-in pack loads, and all of them make up the first active rule set', async () => {
    const t = memoryPackStore({ loadPack: loadPack as PackLoader, builtinSources: builtinPackSources });
    await t.store.start();
    expect(t.last.catalog.problems).toEqual([]);
    expect(t.last.active).toHaveLength(Object.keys(builtinPackSources).length);
  });
});
