import { describe, expect, it } from 'vitest';
import { OCR_HOST_IDLE, OCR_HOST_READ, OCR_ON, OCR_READ, OCR_WARM, type OcrResponse } from './ocr-protocol';
import { OFFSCREEN_PATH, registerOcrService, type OcrServiceApi } from './ocr-service';

const ID = 'abcdefgh';
const PAGE = { id: ID, url: `chrome-extension://${ID}/checklist.html` };
const CONTENT = { id: ID, url: 'https://chat.zalo.me/', tab: { id: 7 } };
const READ: OcrResponse = {
  ok: true,
  hash: 'h',
  cached: false,
  reading: { status: 'read', text: 'MẬT', stamps: ['MẬT'], size: { width: 1, height: 1 }, ms: 1 },
};

type Listener = Parameters<OcrServiceApi['runtime']['onMessage']['addListener']>[0];

function fakeBrowser(options: { enabled?: boolean; fetchOk?: boolean; pageBytes?: string | null } = {}) {
  const log: string[] = [];
  let listener: Listener = () => undefined;
  let open = false;
  const api: OcrServiceApi = {
    runtime: {
      id: ID,
      getURL: (path) => `chrome-extension://${ID}${path}`,
      sendMessage: async (message) => {
        const m = message as { type: string; bytes?: string };
        log.push(`send ${m.type}${m.bytes ? ` ${m.bytes}` : ''}`);
        return m.type === OCR_HOST_READ ? READ : { ok: true };
      },
      onMessage: { addListener: (callback) => (listener = callback) },
    },
    offscreen: {
      createDocument: async ({ url, reasons }) => {
        log.push(`create ${url} ${reasons.join()}`);
        open = true;
      },
      closeDocument: async () => {
        log.push('close');
        open = false;
      },
      hasDocument: async () => open,
    },
    scripting: {
      executeScript: async ({ target, args }) => {
        log.push(`page ${target.tabId} ${args[0]}`);
        return [{ result: options.pageBytes ?? null }];
      },
    },
  };
  registerOcrService({
    api,
    enabled: async () => options.enabled ?? true,
    fetch: async (url) => {
      log.push(`fetch ${url}`);
      if (!options.fetchOk) throw new TypeError('Failed to fetch');
      return new Response(new Uint8Array([1, 2, 3]));
    },
  });
  return { log, send: (message: unknown, sender: Parameters<Listener>[1]) => listener(message, sender) };
}

describe('the background side of image reading (Chrome)', () => {
  it('creates the offscreen document once and hands it the bytes', async () => {
    const { log, send } = fakeBrowser();
    expect(await send({ type: OCR_READ, image: { bytes: 'AAEC' } }, CONTENT)).toEqual(READ);
    await send({ type: OCR_READ, image: { bytes: 'AwQF' } }, PAGE);
    expect(log).toEqual([
      `create chrome-extension://${ID}${OFFSCREEN_PATH} WORKERS`,
      `send ${OCR_HOST_READ} AAEC`,
      `send ${OCR_HOST_READ} AwQF`,
    ]);
  });

  it('fetches an address for an extension page, and reads it in its tab when it cannot be fetched', async () => {
    const fetched = fakeBrowser({ fetchOk: true });
    await fetched.send({ type: OCR_READ, image: { url: 'https://c.vn/a.png' } }, PAGE);
    expect(fetched.log).toContain(`send ${OCR_HOST_READ} AQID`);

    const inPage = fakeBrowser({ pageBytes: 'BwgJ' });
    await inPage.send({ type: OCR_READ, image: { url: 'https://c.vn/b.png', tabId: 5, frameId: 0 } }, PAGE);
    expect(inPage.log).toEqual(
      expect.arrayContaining([
        'fetch https://c.vn/b.png',
        'page 5 https://c.vn/b.png',
        `send ${OCR_HOST_READ} BwgJ`,
      ]),
    );

    const nowhere = fakeBrowser({ pageBytes: null });
    const answer = await nowhere.send(
      { type: OCR_READ, image: { url: 'https://c.vn/c.png', tabId: 5 } },
      PAGE,
    );
    expect(answer).toMatchObject({ ok: false, error: 'unavailable' });
  });

  it('never fetches an address for a content script on a site', async () => {
    const { log, send } = fakeBrowser({ fetchOk: true });
    const answer = await send({ type: OCR_READ, image: { url: 'http://192.168.1.1/admin' } }, CONTENT);
    expect(answer).toMatchObject({ ok: false, error: 'unavailable' });
    expect(log).toEqual([]);
  });

  it('reads nothing when image reading is off', async () => {
    const { log, send } = fakeBrowser({ enabled: false });
    expect(await send({ type: OCR_READ, image: { bytes: 'AA==' } }, PAGE)).toMatchObject({
      ok: false,
      error: 'off',
    });
    expect(await send({ type: OCR_WARM }, PAGE)).toMatchObject({ ok: false, error: 'off' });
    expect(log).toEqual([]);
  });

  it('tells a content script whether image reading is on, reading nothing to answer', async () => {
    const off = fakeBrowser({ enabled: false });
    expect(await off.send({ type: OCR_ON }, CONTENT)).toEqual({ on: false });
    expect(off.log).toEqual([]);
    const on = fakeBrowser();
    expect(await on.send({ type: OCR_ON }, CONTENT)).toEqual({ on: true });
    expect(on.log).toEqual([]);
  });

  it('closes the offscreen document when it reports a minute idle, and opens it again when needed', async () => {
    const { log, send } = fakeBrowser();
    expect(await send({ type: OCR_WARM }, PAGE)).toEqual({ ok: true });
    // Not answered: the message only tells the background, which closes the document on its own.
    expect(send({ type: OCR_HOST_IDLE }, { id: ID, url: `chrome-extension://${ID}${OFFSCREEN_PATH}` })).toBe(
      undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    await send({ type: OCR_READ, image: { bytes: 'AA==' } }, PAGE);
    expect(log.filter((line) => line === 'close' || line.startsWith('create'))).toEqual([
      `create chrome-extension://${ID}${OFFSCREEN_PATH} WORKERS`,
      'close',
      `create chrome-extension://${ID}${OFFSCREEN_PATH} WORKERS`,
    ]);
  });

  it('ignores messages from other extensions', () => {
    const { send } = fakeBrowser();
    expect(
      send({ type: OCR_READ, image: { bytes: 'AA==' } }, { id: 'other', url: PAGE.url }),
    ).toBeUndefined();
  });
});
