import { describe, expect, it, vi } from 'vitest';
import { isHistoryRequest } from './history-messages';
import { createHistoryService, type HistoryAccess } from './history-service';

function access(over: Partial<HistoryAccess> = {}, visited: string[] = []) {
  let asked = false;
  const searches: string[] = [];
  const fake: HistoryAccess & { searches: string[] } = {
    granted: async () => true,
    search: async (text) => {
      searches.push(text);
      return visited.map((url) => ({ url }));
    },
    asked: {
      get: async () => asked,
      set: async (value) => void (asked = value),
    },
    openPermissionPage: vi.fn(async () => undefined),
    searches,
    ...over,
  };
  return fake;
}

const SHARED = 'https://tuoitre.vn/nguoi-mau-bi-bat-20240625230004986.htm?fbclid=abc';

describe('history service', () => {
  it('says which shared pages this browser opened, comparing article keys', async () => {
    const fake = access({}, ['https://m.tuoitre.vn/nguoi-mau-bi-bat-20240625230004986.htm#top']);
    const service = createHistoryService(fake);
    expect(
      await service.handle({
        type: 'wr-history',
        op: 'opened',
        urls: [SHARED, 'https://vnexpress.net/khac-4814295.html'],
      }),
    ).toEqual({ permission: 'granted', opened: [true, false] });
    // It searched the history by the article's own words, not by everything.
    expect(fake.searches[0]).toContain('20240625230004986');
  });

  it('without the permission it knows nothing, and says whether the offer was made', async () => {
    const fake = access({ granted: async () => false });
    const search = vi.spyOn(fake, 'search');
    const service = createHistoryService(fake);
    const ask = { type: 'wr-history', op: 'opened', urls: [SHARED] } as const;
    expect(await service.handle(ask)).toEqual({ permission: 'missing', asked: false });
    expect(await service.handle({ type: 'wr-history', op: 'decline' })).toEqual({ ok: true });
    expect(await service.handle(ask)).toEqual({ permission: 'missing', asked: true });
    expect(search).not.toHaveBeenCalled();
  });

  it('"ask" remembers the offer was made and opens the page that asks for the permission', async () => {
    const fake = access({ granted: async () => false });
    await createHistoryService(fake).handle({ type: 'wr-history', op: 'ask' });
    expect(fake.openPermissionPage).toHaveBeenCalledTimes(1);
    expect(await fake.asked.get()).toBe(true);
  });

  it('accepts only well-formed requests', () => {
    expect(isHistoryRequest({ type: 'wr-history', op: 'opened', urls: [SHARED] })).toBe(true);
    expect(isHistoryRequest({ type: 'wr-history', op: 'ask' })).toBe(true);
    expect(isHistoryRequest({ type: 'wr-history', op: 'opened', urls: 'x' })).toBe(false);
    expect(isHistoryRequest({ type: 'wr-history', op: 'opened', urls: Array(11).fill(SHARED) })).toBe(false);
    expect(isHistoryRequest({ type: 'wr-history', op: 'delete' })).toBe(false);
    expect(isHistoryRequest({ type: 'wr-pack-store', command: 'refresh' })).toBe(false);
  });
});
