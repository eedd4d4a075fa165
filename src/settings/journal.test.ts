import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// `wxt/browser` reads `chrome` once outside an extension; the in-memory fake stands in for it, set before
// the module loads.
vi.stubGlobal('chrome', fakeBrowser);

const { amendEntry, deleteAllEntries, deleteEntry, journalEnabled, journalEntries, recordDecision } =
  await import('./journal');

const sample = {
  site: 'www.facebook.com',
  origin: 'guard' as const,
  excerpt: 'TỐI MẬT   Số: 12/QĐ-UBND',
  verdict: 'critical' as const,
  found: ['vn-internal-documents/secrecy-stamp'],
  decision: 'edited' as const,
};

describe('journal storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is on by default and records newest first', async () => {
    expect(await journalEnabled.getValue()).toBe(true);
    const first = await recordDecision(sample, 1000);
    const second = await recordDecision({ ...sample, decision: 'posted-anyway' }, 2000);
    expect(first?.excerpt).toBe('TỐI MẬT Số: 12/QĐ-UBND');
    expect((await journalEntries.getValue()).map((e) => e.id)).toEqual([second?.id, first?.id]);
    expect(await fakeBrowser.storage.local.get('journal')).toHaveProperty('journal');
  });

  it('keeps only its own fields and never loses one of two decisions made at once', async () => {
    const guardDecision = { ...sample, surface: 'composer', linkVerdicts: ['official'] };
    await Promise.all([
      recordDecision(guardDecision, 1),
      recordDecision({ ...sample, decision: 'posted-anyway' }, 2),
    ]);
    const stored = await journalEntries.getValue();
    expect(stored).toHaveLength(2);
    expect(stored[0]).not.toHaveProperty('surface');
  });

  it('records nothing when turned off', async () => {
    await journalEnabled.setValue(false);
    expect(await recordDecision(sample)).toBeNull();
    expect(await journalEntries.getValue()).toEqual([]);
  });

  it('amends, deletes one and deletes all', async () => {
    const a = await recordDecision(sample, 1);
    const b = await recordDecision(sample, 2);
    await amendEntry(a!.id, { unclear: ['source'] });
    expect((await journalEntries.getValue()).find((e) => e.id === a!.id)?.unclear).toEqual(['source']);
    await deleteEntry(a!.id);
    expect((await journalEntries.getValue()).map((e) => e.id)).toEqual([b!.id]);
    await deleteAllEntries();
    expect(await journalEntries.getValue()).toEqual([]);
  });
});
