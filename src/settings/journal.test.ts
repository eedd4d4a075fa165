import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readJournalMessage, type MessageSender } from '../journal/journal-messages';

// `wxt/browser` reads `chrome` once outside an extension; the in-memory fake stands in for it, set before
// the module loads.
vi.stubGlobal('chrome', fakeBrowser);

const { createJournal, createJournalClient } = await import('./journal');
type Api = Parameters<typeof createJournal>[0];
const api = (() => fakeBrowser.storage) as unknown as Api;

const sample = {
  site: 'www.facebook.com',
  origin: 'guard' as const,
  excerpt: 'TỐI MẬT   Số: 12/QĐ-UBND',
  verdict: 'critical' as const,
  found: ['vn-internal-documents/secrecy-stamp'],
  decision: 'edited' as const,
};

/** A client whose messages reach the writer as the background passes them: checked, then run. */
function clientAs(sender: MessageSender, writer = createJournal(api)) {
  return createJournalClient(api, async (message) => {
    const checked = readJournalMessage(message, sender);
    return checked ? writer.run(checked) : null;
  });
}

describe('journal storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is on by default and records newest first', async () => {
    const journal = createJournal(api);
    expect(await journal.enabled.getValue()).toBe(true);
    const first = await journal.record(sample, 1000);
    const second = await journal.record({ ...sample, decision: 'posted-anyway' }, 2000);
    expect(first?.excerpt).toBe('TỐI MẬT Số: 12/QĐ-UBND');
    expect((await journal.entries.getValue()).map((e) => e.id)).toEqual([second?.id, first?.id]);
    expect(await fakeBrowser.storage.local.get('journal')).toHaveProperty('journal');
  });

  it('keeps only its own fields and never loses one of two decisions made at once', async () => {
    const journal = createJournal(api);
    const guardDecision = { ...sample, surface: 'composer', linkVerdicts: ['official'] };
    await Promise.all([
      journal.record(guardDecision, 1),
      journal.record({ ...sample, decision: 'posted-anyway' }, 2),
    ]);
    const stored = await journal.entries.getValue();
    expect(stored).toHaveLength(2);
    expect(stored[0]).not.toHaveProperty('surface');
  });

  it('records nothing when turned off', async () => {
    const journal = createJournal(api);
    await journal.enabled.setValue(false);
    expect(await journal.record(sample)).toBeNull();
    expect(await journal.entries.getValue()).toEqual([]);
  });

  it('pages record, amend, delete one and delete all through the background', async () => {
    const page = clientAs({ kind: 'page' });
    const a = await page.record({ ...sample, origin: 'checklist', decision: 'checked-by-hand', site: '' });
    const b = await page.record({ ...sample, origin: 'popup', decision: 'checked-by-hand', site: '' });
    await page.amend(a!.id, { unclear: ['source'] });
    expect((await page.entries.getValue()).find((e) => e.id === a!.id)?.unclear).toEqual(['source']);
    await page.remove(a!.id);
    expect((await page.entries.getValue()).map((e) => e.id)).toEqual([b!.id]);
    await page.removeAll();
    expect(await page.entries.getValue()).toEqual([]);
  });

  it('a site may only add the guard’s decision on itself: no other site’s, no deleting, no changing', async () => {
    const writer = createJournal(api);
    const kept = await writer.record({
      ...sample,
      origin: 'checklist',
      decision: 'checked-by-hand',
      site: '',
    });
    const site = clientAs({ kind: 'site', host: 'www.facebook.com' }, writer);
    expect(await site.record(sample)).toMatchObject({ site: 'www.facebook.com', decision: 'edited' });
    expect(await site.record({ ...sample, site: 'chat.zalo.me' })).toBeNull();
    expect(await site.record({ ...sample, origin: 'checklist', decision: 'checked-by-hand' })).toBeNull();
    await site.removeAll();
    await site.remove(kept!.id);
    await site.amend(kept!.id, { unclear: ['x'] });
    const entries = await writer.entries.getValue();
    expect(entries).toHaveLength(2);
    expect(entries.find((e) => e.id === kept!.id)?.unclear).toEqual([]);
  });

  it('keeps entries 90 days by default, as long as the person chose otherwise, and masks old ones again', async () => {
    const day = 86_400_000;
    const now = 200 * day;
    const journal = createJournal(api);
    await journal.record({ ...sample, excerpt: 'gọi 0912345678' }, now - 10 * day);
    await fakeBrowser.storage.local.set({
      journal: [
        ...(await journal.entries.getValue()),
        { ...sample, id: 'old', at: now - 91 * day, unclear: [] },
        { ...sample, id: 'legacy', at: now - 5 * day, unclear: [], excerpt: 'CCCD 001203012345' },
      ],
    });
    await journal.tidy(now);
    const kept = await journal.entries.getValue();
    expect(kept.map((e) => e.id)).not.toContain('old');
    expect(JSON.stringify(kept)).not.toMatch(/0912345678|001203012345/);
    await fakeBrowser.storage.local.set({ journalRetentionDays: 7 });
    await journal.tidy(now);
    expect((await journal.entries.getValue()).map((e) => e.id)).toEqual(['legacy']);
  });

  it('a damaged stored journal reads as empty and the next record replaces it', async () => {
    await fakeBrowser.storage.local.set({ journal: { not: 'a list' } });
    const journal = createJournal(api);
    expect(await journal.entries.getValue()).toEqual([]);
    expect(await journal.record(sample)).not.toBeNull();
    expect(await journal.entries.getValue()).toHaveLength(1);
  });
});
