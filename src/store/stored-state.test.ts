import { describe, expect, it, vi } from 'vitest';
import { packText } from './testing/fake-pack-loader';
import { memoryPackStore } from './testing/memory-store';

const builtinSources = { '/rules/vn-sources/pack.yaml': packText('vn-sources', '1.0.0') };

describe('pack store: a damaged stored state', () => {
  it('of the wrong shape: start still publishes, the error is shown and logged, commands work', async () => {
    const logError = vi.fn(async () => undefined);
    const damaged: unknown = { installed: 'not a list', ledger: 7 };
    const t = memoryPackStore({
      builtinSources,
      logError,
      // Damaged until the store writes its clean state back.
      loadState: async () => structuredClone(t.saved ?? damaged) as never,
    });
    await expect(t.store.start()).resolves.toBeUndefined();
    expect(t.last.active.map((p) => p.id)).toEqual(['vn-sources']);
    const storage = t.last.catalog.problems.find((p) => p.where === 'storage');
    expect(storage?.errors.map((e) => [e.code, e.data?.part])).toEqual([
      ['stored-state-damaged', 'installed'],
      ['stored-state-damaged', 'ledger'],
    ]);
    expect(logError).toHaveBeenCalledWith(
      expect.objectContaining({ where: 'store.state', code: 'stored-state-damaged' }),
    );
    expect(await t.store.importPack(packText('org-a', '1.0.0'))).toEqual({ ok: true, packId: 'org-a' });
    expect(t.saved).toMatchObject({
      installed: [{ id: 'org-a' }],
      ledgers: { person: { 'org-a': { version: '1.0.0' } } },
    });
  });

  it('not an object at all: a clean state', async () => {
    for (const value of [42, 'packs', [1, 2], true]) {
      const t = memoryPackStore({ builtinSources, loadState: async () => value as never });
      await t.store.start();
      expect(t.last.active.map((p) => p.id)).toEqual(['vn-sources']);
      expect(t.last.catalog.problems.find((p) => p.where === 'storage')?.errors[0]?.data).toEqual({
        part: 'packStore',
      });
    }
  });

  it('keeps every good entry and drops only the damaged ones, naming each', async () => {
    const t = memoryPackStore({ builtinSources });
    await t.store.start();
    await t.store.importPack(packText('org-a', '1.0.0'));
    await t.store.importPack(packText('org-b', '1.0.0'));
    const damaged = structuredClone(t.saved!) as unknown as { installed: unknown[]; overrides: unknown };
    damaged.installed[1] = { id: 'org-b', origin: 'somewhere' };
    damaged.overrides = { 'vn-sources': { enabled: 'maybe' }, 'org-a': { enabled: false } };
    const again = memoryPackStore({
      builtinSources,
      loadState: async () => structuredClone(damaged) as never,
    });
    await again.store.start();
    expect(again.last.active.map((p) => p.id)).toEqual(['vn-sources']);
    expect(again.last.catalog.packs.map((p) => [p.id, p.enabled])).toEqual([
      ['vn-sources', true],
      ['org-a', false],
    ]);
    expect(again.last.catalog.problems.find((p) => p.where === 'storage')?.errors.map((e) => e.data)).toEqual(
      [{ part: 'installed[1]' }, { part: 'overrides.vn-sources' }],
    );
  });

  it('a state that cannot be read at all: packs still publish, nothing is written over it', async () => {
    const t = memoryPackStore({
      builtinSources,
      loadState: async () => {
        throw new Error('IO error: disk');
      },
    });
    await t.store.start();
    expect(t.last.active.map((p) => p.id)).toEqual(['vn-sources']);
    expect(t.last.catalog.problems.find((p) => p.where === 'storage')?.errors[0]?.code).toBe(
      'stored-state-unreadable',
    );
    const refused = await t.store.importPack(packText('org-a', '1.0.0'));
    expect(refused).toMatchObject({ ok: false, errors: [{ code: 'stored-state-unreadable' }] });
    expect(t.writes.every((write) => write.state === undefined)).toBe(true);
  });
});
