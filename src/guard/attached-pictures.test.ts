// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OCR_ON, OCR_READ, type OcrResponse } from '../ocr/ocr-protocol';
import type { ReadingStatus } from '../ocr/read-image';
import { createAttachedPictures } from './attached-pictures';

const DOCUMENT = new Uint8Array([137, 80, 78, 71, 1, 2, 3, 4]);

function answer(status: ReadingStatus, text: string): OcrResponse {
  return {
    ok: true,
    reading: { status, text, stamps: [], size: { width: 1200, height: 1600 }, ms: 900 },
    hash: 'h',
    cached: false,
  };
}

/** A page with one surface showing the given pictures (their address → their bytes). */
function setup(
  options: {
    on?: boolean;
    read?: (message: unknown) => Promise<unknown>;
    pictures?: Record<string, Uint8Array>;
  } = {},
) {
  const pictures = options.pictures ?? { 'blob:https://chat.zalo.me/1': DOCUMENT };
  document.body.innerHTML = `<div id="area">${Object.keys(pictures)
    .map((src) => `<img src="${src}">`)
    .join('')}</div>`;
  const area = document.getElementById('area')!;
  const spot = { area, pictures: () => [...area.querySelectorAll('img')] };
  const reads: unknown[] = [];
  const send = vi.fn((message: unknown): Promise<unknown> => {
    if ((message as { type: string }).type === OCR_ON) return Promise.resolve({ on: options.on ?? true });
    reads.push(message);
    return options.read ? options.read(message) : Promise.resolve(answer('read', 'TỐI MẬT\n\nBÁO CÁO'));
  });
  const fetch = vi.fn((url: string) =>
    pictures[url]
      ? Promise.resolve(new Response(pictures[url] as Uint8Array<ArrayBuffer>))
      : Promise.reject(new TypeError('not served here')),
  );
  const readings = createAttachedPictures({ send, fetch, now: () => Date.now() });
  return { readings, spot, send, fetch, reads };
}

afterEach(() => vi.useRealTimers());

describe('the pictures attached to a post', () => {
  it('a file attached and the thumbnail the page draws from it are read once, by their bytes', async () => {
    const { readings, spot, reads } = setup();
    const file = new File([DOCUMENT], 'van-ban.png', { type: 'image/png' });
    readings.attach([file], spot);
    const imgs = spot.pictures();
    expect(readings.state(imgs)).toMatchObject({ reading: 1, unread: 0 });
    await readings.settled(imgs, Infinity);
    expect(readings.state(imgs)).toEqual({ texts: [{ text: 'TỐI MẬT\n\nBÁO CÁO' }], reading: 0, unread: 0 });
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ type: OCR_READ, image: { bytes: expect.any(String) } });
    // Asked again (the next press): nothing is read again.
    readings.state(imgs);
    await readings.settled(imgs, Infinity);
    expect(reads).toHaveLength(1);
  });

  it('switched off (the option or the organisation): nothing of a picture is taken or read', async () => {
    const { readings, spot, reads, fetch } = setup({ on: false });
    readings.attach([new File([DOCUMENT], 'a.png', { type: 'image/png' })], spot);
    const imgs = spot.pictures();
    readings.state(imgs);
    await readings.settled(imgs, Infinity);
    expect(readings.state(imgs)).toEqual({ texts: [], reading: 0, unread: 0 });
    expect(fetch).not.toHaveBeenCalled();
    expect(reads).toHaveLength(0);
  });

  it('a reading that fails, or a picture too small to read, counts as not read (the press goes on)', async () => {
    const failing = setup({ read: () => Promise.reject(new Error('no answer from the OCR document')) });
    let imgs = failing.spot.pictures();
    failing.readings.state(imgs);
    await failing.readings.settled(imgs, Infinity);
    expect(failing.readings.state(imgs)).toEqual({ texts: [{ text: '' }], reading: 0, unread: 1 });

    const small = setup({ read: () => Promise.resolve(answer('too-small', '')) });
    imgs = small.spot.pictures();
    small.readings.state(imgs);
    await small.readings.settled(imgs, Infinity);
    expect(small.readings.state(imgs)).toMatchObject({ reading: 0, unread: 1 });
  });

  it('a photo without words is read, with no text', async () => {
    const { readings, spot } = setup({ read: () => Promise.resolve(answer('no-text', '')) });
    const imgs = spot.pictures();
    readings.state(imgs);
    await readings.settled(imgs, Infinity);
    expect(readings.state(imgs)).toEqual({ texts: [{ text: '' }], reading: 0, unread: 0 });
  });

  it('waiting for a reading that does not answer ends at the deadline', async () => {
    vi.useFakeTimers();
    const { readings, spot } = setup({ read: () => new Promise(() => undefined) });
    const imgs = spot.pictures();
    readings.state(imgs);
    let over = false;
    void readings.settled(imgs, Date.now() + 2000).then(() => (over = true));
    await vi.advanceTimersByTimeAsync(1999);
    expect(over).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(over).toBe(true);
    expect(readings.state(imgs)).toMatchObject({ reading: 1 });
  });

  it('two pictures: one entry each, in the page order, so a finding says which', async () => {
    const { readings, spot } = setup({
      pictures: { 'blob:a': new Uint8Array([1, 2, 3]), 'blob:b': DOCUMENT },
      read: (message) =>
        Promise.resolve(
          (message as { image: { bytes: string } }).image.bytes === 'AQID'
            ? answer('read', 'Phở bò tái 55.000')
            : answer('read', 'TỐI MẬT'),
        ),
    });
    const imgs = spot.pictures();
    readings.state(imgs);
    await readings.settled(imgs, Infinity);
    expect(readings.state(imgs).texts).toEqual([{ text: 'Phở bò tái 55.000' }, { text: 'TỐI MẬT' }]);
  });
});
