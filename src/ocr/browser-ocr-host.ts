// The OCR host as it runs in an extension page (Chrome's offscreen document, Firefox's background page):
// the worker, core and model are the extension's own files (ocr-files.ts), the core is the SIMD build
// where the CPU has SIMD and the plain one elsewhere, and images are decoded by the browser.
import { createOcrHost, type OcrHost } from './ocr-host';
import { OCR_FILES } from './ocr-files';
import { PAGE_MAX_WIDTH } from './read-image';
import type { Raster } from './raster';
import { createTesseractEngine, type TesseractEngine } from './tesseract-engine';

/** The smallest module using a SIMD instruction (as wasm-feature-detect checks it). */
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98,
  11,
]);

export function hasWasmSimd(): boolean {
  try {
    return WebAssembly.validate(SIMD_PROBE);
  } catch {
    return false;
  }
}

/**
 * Bytes of an image file → pixels, shrunk by the browser to the width the page pass reads (decoding a
 * 12-megapixel photo at full size only to shrink it costs memory and time).
 */
export async function decodeImageBytes(bytes: Uint8Array): Promise<Raster> {
  const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  try {
    const scale = Math.min(1, PAGE_MAX_WIDTH / bitmap.width);
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2D canvas to decode the image');
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    const { data } = context.getImageData(0, 0, width, height);
    return { width, height, data };
  } finally {
    bitmap.close();
  }
}

export interface BrowserOcrHost extends OcrHost {
  engine: TesseractEngine;
}

/** `url(path)` turns an extension path into its address (browser.runtime.getURL). */
export function createBrowserOcrHost(
  url: (path: string) => string,
  options: { idleMs?: number; onReady?(ms: number): void; onIdle?(): void } = {},
): BrowserOcrHost {
  const engine = createTesseractEngine({
    paths: {
      workerPath: url(OCR_FILES.worker),
      corePath: url(hasWasmSimd() ? OCR_FILES.coreSimd : OCR_FILES.corePlain),
      langPath: url(OCR_FILES.modelDir),
      gzip: false,
    },
    ...(options.idleMs !== undefined ? { idleMs: options.idleMs } : {}),
    ...(options.onReady ? { onReady: options.onReady } : {}),
    ...(options.onIdle ? { onIdle: options.onIdle } : {}),
  });
  return { ...createOcrHost({ engine, decode: decodeImageBytes }), engine };
}
