// Where images are read: the offscreen document (Chrome) or the background page (Firefox). Decodes the bytes,
// reads them (read-image.ts) and keeps the last readings by the image's SHA-256 in memory only, so the same
// picture attached, previewed and sent is read once. Nothing is written anywhere; the cache goes with the
// document.
import { sha256Hex } from './image-hash';
import { MAX_IMAGE_BYTES, type OcrResponse } from './ocr-protocol';
import { OcrTimeoutError } from './tesseract-engine';
import { readImage, type ImageReading, type OcrEngine } from './read-image';
import type { Raster } from './raster';

/** Readings kept (a reading is a few KB of text; the images themselves are never kept). */
const CACHE_SIZE = 32;

export interface OcrHostOptions {
  engine: OcrEngine;
  /** Bytes of an image file → pixels; throws on what is not an image. */
  decode(bytes: Uint8Array): Promise<Raster>;
  now?(): number;
}

export interface OcrHost {
  read(bytes: Uint8Array): Promise<OcrResponse>;
}

export function createOcrHost(options: OcrHostOptions): OcrHost {
  const cache = new Map<string, ImageReading>();
  const reading = new Map<string, Promise<OcrResponse>>();

  const remember = (hash: string, value: ImageReading) => {
    cache.delete(hash);
    cache.set(hash, value);
    while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  };

  const readNew = async (hash: string, bytes: Uint8Array): Promise<OcrResponse> => {
    let raster: Raster;
    try {
      raster = await options.decode(bytes);
    } catch (error) {
      return {
        ok: false,
        error: 'undecodable',
        message: error instanceof Error ? error.message : String(error),
      };
    }
    try {
      const result = await readImage(raster, options.engine, options.now);
      remember(hash, result);
      return { ok: true, reading: result, hash, cached: false };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: error instanceof OcrTimeoutError ? 'timeout' : 'failed', message };
    }
  };

  return {
    async read(bytes) {
      if (bytes.length > MAX_IMAGE_BYTES)
        return {
          ok: false,
          error: 'too-large',
          message: `${bytes.length} bytes (at most ${MAX_IMAGE_BYTES})`,
        };
      const hash = await sha256Hex(bytes);
      const known = cache.get(hash);
      if (known) {
        remember(hash, known);
        return { ok: true, reading: known, hash, cached: true };
      }
      // The same image asked for twice while it is being read (attached, then sent) is read once.
      let pending = reading.get(hash);
      if (!pending) {
        pending = readNew(hash, bytes).finally(() => reading.delete(hash));
        reading.set(hash, pending);
      }
      return pending;
    },
  };
}
