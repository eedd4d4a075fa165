import { describe, expect, it } from 'vitest';
import { packText } from './testing/fake-pack-loader';
import { memoryPackStore } from './testing/memory-store';

const URL_A = 'https://packs.example.org/org-a.json';

describe('pack store: each pack stored once, as source', () => {
  it('keeps the pack as signed (its source), not compiled; the compiled rules are only in the active set', async () => {
    const t = memoryPackStore();
    await t.store.start();
    await t.store.importPack(packText('org-a', '1.0.0'), 'a.json');
    const stored = t.saved!.installed[0]!;
    expect(stored).not.toHaveProperty('compiled');
    expect(stored).not.toHaveProperty('legacyCompiled');
    expect(stored.source).toEqual(JSON.parse(packText('org-a', '1.0.0')));
    expect(JSON.stringify(t.saved)).not.toContain('"kind":"phrase"');
    expect(t.last.active[0]!.rules.map((r) => r.id)).toEqual(['r1', 'r2']);
  });

  it('compiles the installed packs again from their source when the background starts', async () => {
    const first = memoryPackStore();
    await first.store.start();
    await first.store.importPack(packText('org-a', '1.0.0'));
    await first.store.setRuleOverride('org-a', 'r1', 'off');
    const next = memoryPackStore({ loadState: async () => structuredClone(first.saved) });
    await next.store.start();
    expect(next.last.active).toEqual(first.last.active);
    expect(next.writes.at(-1)!.state).toBeUndefined(); // nothing changed: the state is not written again
  });

  it('a stored source this version cannot compile is listed, not applied; the others still are', async () => {
    const first = memoryPackStore();
    await first.store.start();
    await first.store.importPack(packText('org-a', '1.0.0'));
    await first.store.importPack(packText('org-b', '1.0.0'));
    const saved = structuredClone(first.saved!);
    saved.installed[0]!.source = { pack: 'org-a', version: '1.0.0', rules: 'no longer valid' };
    const next = memoryPackStore({ loadState: async () => structuredClone(saved) });
    await next.store.start();
    expect(next.last.active.map((p) => p.id)).toEqual(['org-b']);
    expect(next.last.catalog.packs.find((p) => p.id === 'org-a')).toMatchObject({
      inForce: false,
      version: '1.0.0',
      errors: [{ code: 'pack-not-compiled' }, { field: 'pack' }],
    });
  });

  it('a pack stored compiled by an earlier version still applies, and its subscription is fetched again in full', async () => {
    const first = memoryPackStore({ fetch: async () => new Response(packText('org-a', '1.0.0')) });
    await first.store.start();
    await first.store.subscribe(URL_A);
    const legacy = structuredClone(first.saved!) as unknown as {
      installed: Record<string, unknown>[];
      subscriptions: Record<string, unknown>[];
    };
    const { source: _source, version: _v, name: _n, ...rest } = legacy.installed[0]!;
    legacy.installed[0] = { ...rest, compiled: first.last.active[0] };
    legacy.subscriptions[0]!.etag = '"v1"';
    const requests: (string | null)[] = [];
    const next = memoryPackStore({
      loadState: async () => structuredClone(next.saved ?? legacy),
      fetch: async (_url, init) => {
        requests.push(new Headers(init?.headers).get('if-none-match'));
        return new Response(packText('org-a', '1.0.0'));
      },
    });
    await next.store.start();
    expect(next.last.active.map((p) => p.id)).toEqual(['org-a']);
    await next.store.refreshDue();
    expect(requests).toEqual([null]);
    expect(next.saved!.installed[0]).toMatchObject({ source: { pack: 'org-a' } });
    expect(next.saved!.installed[0]).not.toHaveProperty('legacyCompiled');
  });
});

describe('pack store: a cap on the total, and storage errors', () => {
  it('refuses a pack that would take the installed packs over the cap; the packs in force stay', async () => {
    const big = (id: string) => packText(id, '1.0.0', { description: 'x'.repeat(40_000) });
    const t = memoryPackStore({ maxStoreBytes: 100_000 });
    await t.store.start();
    expect((await t.store.importPack(big('org-a'))).ok).toBe(true);
    expect((await t.store.importPack(big('org-b'))).ok).toBe(true);
    const refused = await t.store.importPack(big('org-c'));
    expect(refused).toMatchObject({ ok: false, errors: [{ code: 'store-full', data: { limit: '98 kB' } }] });
    expect(t.last.active.map((p) => p.id)).toEqual(['org-a', 'org-b']);
    // Replacing a pack by its next version counts the new copy instead of the old one.
    expect(
      (await t.store.importPack(packText('org-b', '1.1.0', { description: 'x'.repeat(40_000) }))).ok,
    ).toBe(true);
  });

  it('storage full: the command says so, the last good state stays, and the page is told until a write works', async () => {
    const t = memoryPackStore({ quota: 6_000 });
    await t.store.start();
    expect((await t.store.importPack(packText('org-a', '1.0.0'))).ok).toBe(true);
    const before = structuredClone(t.saved);
    const full = await t.store.importPack(packText('org-b', '1.0.0', { description: 'y'.repeat(4_000) }));
    expect(full).toMatchObject({ ok: false, errors: [{ code: 'storage-full' }] });
    expect(full.ok || full.errors[0]!.message).toMatch(/storage in this browser is full/);
    expect(t.saved).toEqual(before);
    expect(t.last.active.map((p) => p.id)).toEqual(['org-a']);
    expect(t.storageReports.at(-1)).toMatchObject([{ code: 'storage-full' }]);
    // The next write that fits clears the notice.
    expect((await t.store.removePack('org-a')).ok).toBe(true);
    expect(t.storageReports.at(-1)).toEqual([]);
  });
});
