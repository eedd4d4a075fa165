// The OCR engine: one tesseract.js worker with the Vietnamese LSTM model, started on first need, ended after
// a minute without work (it holds ~300 MB), and given a time limit on every step: without 'wasm-unsafe-eval'
// in the page's CSP, or when a core fails to load, tesseract.js waits forever instead of failing.
// Runs in the offscreen document (Chrome), the background page (Firefox) and Node (tests, bench); every
// file comes from the paths given, never from tesseract.js's CDN defaults.
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import type { OcrEngine } from './read-image';

export interface TesseractPaths {
  /** tesseract.js's worker script (browser only; Node uses its own worker_threads script). */
  workerPath?: string;
  /** One core file (`tesseract-core-simd-lstm.js` or `tesseract-core-lstm.js`); Node picks its own. */
  corePath?: string;
  /** The folder holding the model: `vie.traineddata.gz`, or `vie.traineddata` when `gzip` is false. */
  langPath: string;
  /** The model is gzipped (default true: as @tesseract.js-data ships it; the extension ships it unpacked). */
  gzip?: boolean;
}

export interface TesseractEngineOptions {
  paths: TesseractPaths;
  /** Ends the worker after this long without work (default a minute). */
  idleMs?: number;
  /** Starting the worker (core and model) may take this long (default 20 s). */
  startTimeoutMs?: number;
  /** One recognition may take this long (default 30 s). */
  recognizeTimeoutMs?: number;
  /** Told how long each start took, in ms (the bench's `ocr.ready_ms`). */
  onReady?(ms: number): void;
  /** Told when the worker was ended for being idle. */
  onIdle?(): void;
}

export interface TesseractEngine extends OcrEngine {
  /** Starts the worker now, so the first image does not wait for it. */
  warm(): Promise<void>;
  /** Ends the worker (it starts again on the next image). */
  stop(): Promise<void>;
}

export class OcrTimeoutError extends Error {
  constructor(what: string, ms: number) {
    super(`${what} took longer than ${ms} ms`);
    this.name = 'OcrTimeoutError';
  }
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new OcrTimeoutError(what, ms)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export function createTesseractEngine(options: TesseractEngineOptions): TesseractEngine {
  const idleMs = options.idleMs ?? 60_000;
  const startTimeoutMs = options.startTimeoutMs ?? 20_000;
  const recognizeTimeoutMs = options.recognizeTimeoutMs ?? 30_000;
  let worker: Promise<Worker> | null = null;
  let mode: 'page' | 'line' | null = null;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;
  // One job at a time: the page-segmentation mode is a worker-wide setting.
  let queue: Promise<unknown> = Promise.resolve();

  const end = async (): Promise<void> => {
    const current = worker;
    worker = null;
    mode = null;
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    if (current) await current.then((w) => w.terminate()).catch(() => undefined);
  };

  const start = (): Promise<Worker> => {
    if (worker) return worker;
    const started = Date.now();
    const { workerPath, corePath, langPath } = options.paths;
    const created = within(
      createWorker('vie', OEM.LSTM_ONLY, {
        langPath,
        // The model is read from the extension's own files each start: nothing is kept in IndexedDB.
        cacheMethod: 'none',
        gzip: options.paths.gzip ?? true,
        workerBlobURL: false,
        ...(workerPath ? { workerPath } : {}),
        ...(corePath ? { corePath } : {}),
      }),
      startTimeoutMs,
      'starting the OCR worker',
    ).then(
      (w) => {
        options.onReady?.(Date.now() - started);
        return w;
      },
      (error: unknown) => {
        worker = null;
        throw error;
      },
    );
    worker = created;
    return created;
  };

  const scheduleIdle = () => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => void end().then(() => options.onIdle?.()), idleMs);
  };

  const run = async (pgm: Uint8Array, wanted: 'page' | 'line') => {
    if (idleTimer) clearTimeout(idleTimer);
    try {
      const w = await start();
      if (mode !== wanted) {
        await within(
          w.setParameters({
            tessedit_pageseg_mode: wanted === 'page' ? PSM.AUTO : PSM.SINGLE_LINE,
            // Without a resolution in the PGM header Tesseract guesses 70 dpi and warns on every image.
            user_defined_dpi: '150',
          }),
          recognizeTimeoutMs,
          'setting OCR parameters',
        );
        mode = wanted;
      }
      const result = await within(
        // tesseract.js reads a Uint8Array of an image file as is (its types only name Node's Buffer).
        w.recognize(
          pgm as Parameters<Worker['recognize']>[0],
          {},
          { text: true, blocks: false, hocr: false, tsv: false },
        ),
        recognizeTimeoutMs,
        'reading an image',
      );
      return { text: result.data.text ?? '', confidence: result.data.confidence ?? 0 };
    } catch (error) {
      // A worker that timed out or failed may be stuck: start a fresh one next time.
      await end();
      throw error;
    } finally {
      if (worker) scheduleIdle();
    }
  };

  return {
    recognize(pgm, wanted) {
      const job = queue.then(() => run(pgm, wanted));
      queue = job.catch(() => undefined);
      return job;
    },
    async warm() {
      await start();
      scheduleIdle();
    },
    stop: end,
  };
}
