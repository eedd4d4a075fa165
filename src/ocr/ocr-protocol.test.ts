import { describe, expect, it } from 'vitest';
import { fromBase64, isOcrReadRequest, OCR_READ, toBase64 } from './ocr-protocol';

describe('ocr protocol', () => {
  it('carries bytes as base64 both ways, a photo-sized buffer included', () => {
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 31) % 256);
    expect(fromBase64(toBase64(bytes)).every((b, i) => b === bytes[i])).toBe(true);
    expect(fromBase64(toBase64(bytes)).length).toBe(bytes.length);
  }, 20_000);
  it('knows a read request by its type and image', () => {
    expect(isOcrReadRequest({ type: OCR_READ, image: { bytes: 'AA==' } })).toBe(true);
    expect(isOcrReadRequest({ type: OCR_READ, image: { url: 'https://x.vn/a.jpg', tabId: 3 } })).toBe(true);
    expect(isOcrReadRequest({ type: OCR_READ, image: {} })).toBe(false);
    expect(isOcrReadRequest({ type: 'other', image: { bytes: '' } })).toBe(false);
  });
});
