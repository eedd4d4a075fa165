import { describe, expect, it } from 'vitest';
import { createOcrHost } from './ocr-host';
import { MAX_IMAGE_BYTES } from './ocr-protocol';
import type { OcrEngine } from './read-image';
import { OcrTimeoutError } from './tesseract-engine';

const page = { width: 800, height: 600, data: new Uint8ClampedArray(800 * 600 * 4).fill(255) };

function counting(text = 'Số: 12/QĐ-UBND'): OcrEngine & { pages: number } {
  const engine = {
    pages: 0,
    recognize: async (_pgm: Uint8Array, mode: 'page' | 'line') => {
      if (mode === 'page') engine.pages++;
      return { text, confidence: 90 };
    },
  };
  return engine;
}

describe('createOcrHost', () => {
  it('reads an image once and answers the same bytes from memory', async () => {
    const engine = counting();
    const host = createOcrHost({ engine, decode: async () => page });
    const bytes = new Uint8Array([1, 2, 3]);
    const first = await host.read(bytes);
    const second = await host.read(new Uint8Array([1, 2, 3]));
    expect(first.ok && second.ok && [first.cached, second.cached, second.reading.text]).toEqual([
      false,
      true,
      'Số: 12/QĐ-UBND',
    ]);
    expect(first.ok && first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(engine.pages).toBe(1);
  });

  it('reads an image asked for twice at once only once', async () => {
    const engine = counting();
    const host = createOcrHost({ engine, decode: async () => page });
    const [a, b] = await Promise.all([host.read(new Uint8Array([9])), host.read(new Uint8Array([9]))]);
    expect(a.ok && b.ok).toBe(true);
    expect(engine.pages).toBe(1);
  });

  it('refuses images too large, and says which could not be decoded or read in time', async () => {
    const host = createOcrHost({ engine: counting(), decode: async () => page });
    expect(await host.read(new Uint8Array(MAX_IMAGE_BYTES + 1))).toMatchObject({
      ok: false,
      error: 'too-large',
    });
    const broken = createOcrHost({
      engine: counting(),
      decode: () => Promise.reject(new Error('not an image')),
    });
    expect(await broken.read(new Uint8Array([1]))).toMatchObject({ ok: false, error: 'undecodable' });
    const slow = createOcrHost({
      engine: { recognize: () => Promise.reject(new OcrTimeoutError('reading an image', 10)) },
      decode: async () => page,
    });
    expect(await slow.read(new Uint8Array([2]))).toMatchObject({ ok: false, error: 'timeout' });
  });
});
