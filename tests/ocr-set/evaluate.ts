// Reads test-set images in Node exactly as the extension reads them (the same src/ocr code, the same core
// and model files) and scores them: does the check find an internal document, was each stamp read as a line
// of its own. Shared by the recall test (a subset) and `npm run bench -- ocr` (the whole set).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { createChecker } from '../../src/engine';
import type { CheckResult, CompiledPack } from '../../src/engine/types';
import { checkImageText } from '../../src/ocr/image-findings';
import { readImage, type ImageReading } from '../../src/ocr/read-image';
import type { Raster } from '../../src/ocr/raster';
import { createTesseractEngine, type TesseractEngine } from '../../src/ocr/tesseract-engine';
import type { SetImage } from './build-set';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * The models to read with: the one the extension ships (tessdata_fast, unpacked) and the best_int model of
 * @tesseract.js-data/vie it was measured against (src/ocr/README.md). WR_OCR_MODEL=best_int picks the other.
 */
export const MODELS = {
  fast: { langPath: path.join(ROOT, 'vendor/tessdata-fast'), gzip: false },
  best_int: { langPath: path.join(ROOT, 'node_modules/@tesseract.js-data/vie/4.0.0_best_int'), gzip: true },
} as const;
export type ModelName = keyof typeof MODELS;
export const MODEL: ModelName = process.env.WR_OCR_MODEL === 'best_int' ? 'best_int' : 'fast';

export async function decode(file: string): Promise<Raster> {
  const { data, info } = await sharp(file).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return {
    width: info.width,
    height: info.height,
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
  };
}

export function nodeEngine(onReady?: (ms: number) => void, model: ModelName = MODEL): TesseractEngine {
  return createTesseractEngine({ paths: { ...MODELS[model] }, ...(onReady ? { onReady } : {}) });
}

export interface ImageScore {
  image: SetImage;
  reading: ImageReading;
  result: CheckResult;
  /** An internal-document finding was raised. */
  flagged: boolean;
  /** Stamps printed on the page that came out as a line of their own, exactly. */
  stampsRead: number;
  /**
   * CPU time of this process (the OCR worker thread included) spent on the image, in ms: on a shared
   * machine the wall-clock time grows with everyone else's load, this does not.
   */
  cpuMs: number;
}

export async function scoreImage(
  dir: string,
  image: SetImage,
  engine: TesseractEngine,
  packs: CompiledPack[],
) {
  const checker = createChecker(packs);
  const raster = await decode(path.join(dir, image.file));
  const cpu = process.cpuUsage();
  const reading = await readImage(raster, engine);
  const used = process.cpuUsage(cpu);
  const result = checkImageText(checker, reading.text);
  const lines = new Set(reading.text.split('\n').map((line) => line.trim()));
  const score: ImageScore = {
    image,
    reading,
    result,
    flagged: result.findings.some((f) => f.category === 'internal-document'),
    stampsRead: image.stamps.filter((stamp) => lines.has(stamp)).length,
    cpuMs: (used.user + used.system) / 1000,
  };
  return score;
}

export interface SetSummary {
  /** Share of document images flagged, per variant. */
  recall: Record<string, number>;
  /** Share of printed stamps read as their own line, per variant. */
  stamps: Record<string, number>;
  /** Non-document images with an internal-document finding. */
  falseAlarms: string[];
  medianMs: number;
  medianCpuMs: number;
}

export function summarize(scores: ImageScore[]): SetSummary {
  const recall: Record<string, number> = {};
  const stamps: Record<string, number> = {};
  for (const variant of new Set(scores.map((s) => s.image.variant))) {
    const docs = scores.filter((s) => s.image.document && s.image.variant === variant);
    if (docs.length === 0) continue;
    recall[variant] = docs.filter((s) => s.flagged).length / docs.length;
    const printed = docs.reduce((n, s) => n + s.image.stamps.length, 0);
    stamps[variant] = printed ? docs.reduce((n, s) => n + s.stampsRead, 0) / printed : 1;
  }
  const times = scores.map((s) => s.reading.ms).sort((a, b) => a - b);
  const cpu = scores.map((s) => s.cpuMs).sort((a, b) => a - b);
  return {
    recall,
    stamps,
    falseAlarms: scores.filter((s) => !s.image.document && s.flagged).map((s) => s.image.file),
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    medianCpuMs: cpu[Math.floor(cpu.length / 2)] ?? 0,
  };
}
