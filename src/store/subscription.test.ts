import { describe, expect, it } from 'vitest';
import { fetchPackText } from './subscription-fetch';
import { packText } from './testing/fake-pack-loader';
import { memoryPackStore } from './testing/memory-store';

const URL_A = 'https://packs.example.org/org-a.json';

/** A scripted server: each request takes the next answer; requests are recorded with their headers. */
function server(...answers: Array<() => Response | Promise<Response>>) {
  const requests: { url: string; headers: Headers }[] = [];
  const fetchStub: typeof fetch = async (input, init) => {
    requests.push({ url: String(input), headers: new Headers(init?.headers) });
    const answer = answers.shift();
    if (!answer) throw new Error('no more answers');
    const signal = init?.signal;
    return await new Promise<Response>((resolve, reject) => {
      signal?.addEventListener('abort', () => reject(signal.reason));
      Promise.resolve(answer()).then(resolve, reject);
    });
  };
  return { fetch: fetchStub, requests };
}

const ok =
  (body: string, headers: Record<string, string> = {}) =>
  () =>
    new Response(body, { status: 200, headers });

describe('subscriptions', () => {
  it('subscribes, then sends ETag/If-Modified-Since and keeps the pack on 304', async () => {
    const s = server(
      ok(packText('org-a', '1.0.0'), { etag: '"v1"', 'last-modified': 'Sun, 22 Nov 2026 10:00:00 GMT' }),
      () => new Response(null, { status: 304 }),
    );
    const t = memoryPackStore({ fetch: s.fetch });
    await t.store.start();
    expect(await t.store.subscribe(URL_A)).toEqual({ ok: true, packId: 'org-a' });
    expect(t.last.catalog.packs[0]).toMatchObject({ id: 'org-a', origin: 'subscription', url: URL_A });
    t.advance(25 * 3_600_000);
    await t.store.refreshDue();
    expect(s.requests[1]!.headers.get('if-none-match')).toBe('"v1"');
    expect(s.requests[1]!.headers.get('if-modified-since')).toBe('Sun, 22 Nov 2026 10:00:00 GMT');
    expect(t.last.active.map((p) => p.id)).toEqual(['org-a']);
    expect(t.saved!.subscriptions[0]!.lastErrors).toBeUndefined();
  });

  it('does not check again before the interval has passed (default 24 h)', async () => {
    const s = server(ok(packText('org-a', '1.0.0')));
    const t = memoryPackStore({ fetch: s.fetch });
    await t.store.start();
    await t.store.subscribe(URL_A);
    t.advance(23 * 3_600_000);
    await t.store.refreshDue();
    expect(s.requests).toHaveLength(1);
  });

  it('keeps the last good version on 500, timeout, oversize and an invalid pack, and shows the error', async () => {
    const s = server(
      ok(packText('org-a', '1.0.0')),
      () => new Response('boom', { status: 500, statusText: 'Internal Server Error' }),
      () => new Promise<Response>(() => {}), // never answers
      ok('x'.repeat(1024 * 1024 + 1)),
      ok('{"pack": 1}'),
      ok(packText('org-a', '0.9.0')),
    );
    const t = memoryPackStore({ fetch: s.fetch, fetchTimeoutMs: 50 });
    await t.store.start();
    await t.store.subscribe(URL_A);
    const expected = [/500/, /no answer within/, /over the .* limit/, /not a pack/, /older than 1.0.0/];
    for (const pattern of expected) {
      t.advance(25 * 3_600_000);
      await t.store.refreshDue();
      expect(t.last.active.map((p) => `${p.id}@${p.version}`)).toEqual(['org-a@1.0.0']);
      const entry = t.last.catalog.packs.find((p) => p.id === 'org-a')!;
      expect(entry.errors[0]!.message).toMatch(pattern);
    }
  });

  it('takes a valid update and clears the error', async () => {
    const s = server(
      ok(packText('org-a', '1.0.0')),
      () => new Response('', { status: 503 }),
      ok(packText('org-a', '1.1.0')),
    );
    const t = memoryPackStore({ fetch: s.fetch });
    await t.store.start();
    await t.store.subscribe(URL_A);
    await t.store.refresh(URL_A);
    expect(t.last.catalog.packs[0]!.errors).toHaveLength(1);
    await t.store.refresh(URL_A);
    expect(t.last.catalog.packs[0]).toMatchObject({ version: '1.1.0', errors: [] });
  });

  it('refuses http:, file: and data: addresses before any request', async () => {
    const s = server();
    const t = memoryPackStore({ fetch: s.fetch });
    await t.store.start();
    for (const address of ['http://example.org/p.json', 'file:///etc/passwd', 'data:text/plain,pack: x']) {
      const result = await t.store.subscribe(address);
      expect(result).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/only https/) }] });
    }
    expect(s.requests).toHaveLength(0);
  });

  it('gives back the host permission granted at subscribe time once no subscription uses the origin', async () => {
    const released: string[][] = [];
    const t = memoryPackStore({
      fetch: async (input) =>
        new Response(packText(String(input).endsWith('b.json') ? 'org-b' : 'org-a', '1.0.0')),
      releaseOrigins: async (origins) => void released.push(origins),
    });
    await t.store.start();
    await t.store.subscribe(URL_A);
    await t.store.subscribe('https://packs.example.org/b.json');
    await t.store.unsubscribe(URL_A);
    expect(released).toEqual([]); // b.json still needs the origin
    await t.store.removePack('org-b');
    expect(released).toEqual([['https://packs.example.org/*']]);
  });

  it('a first fetch that fails leaves no subscription behind', async () => {
    const s = server(() => new Response('', { status: 404 }));
    const t = memoryPackStore({ fetch: s.fetch });
    await t.store.start();
    expect((await t.store.subscribe(URL_A)).ok).toBe(false);
    expect(t.saved?.subscriptions ?? []).toEqual([]);
  });
});

describe('fetchPackText', () => {
  it('cuts a body without Content-Length off at the limit while reading', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const result = await fetchPackText(URL_A, {
      fetch: async () => new Response(body),
      maxBytes: 256 * 1024,
    });
    expect(result).toMatchObject({ kind: 'error', problem: { message: expect.stringMatching(/limit/) } });
    expect(pulled).toBeLessThan(10);
  });

  it('refuses a declared Content-Length over the limit without reading', async () => {
    const result = await fetchPackText(URL_A, {
      fetch: async () => new Response('small', { headers: { 'content-length': String(5 * 1024 * 1024) } }),
    });
    expect(result).toMatchObject({ kind: 'error' });
  });
});
