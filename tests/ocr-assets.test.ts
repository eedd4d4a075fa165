// What image reading ships (scripts/ocr-assets.ts): its own worker, two cores and one model, none of which
// can fall back to a CDN, and the build check that fails on any remote address for them.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRemoteOcrUrls, NO_CDN, ocrPublicFiles } from '../scripts/ocr-assets';

const ROOT = path.resolve(import.meta.dirname, '..');

describe('OCR files in the extension', () => {
  const files = ocrPublicFiles(ROOT);
  const names = files.map((f) => f.relativeDest).sort();

  it('are the worker, one SIMD and one plain LSTM core (split .js + .wasm), the model and the notices', () => {
    expect(names).toEqual([
      'ocr/LICENSE.tesseract-js-core.txt',
      'ocr/NOTICE.txt',
      'ocr/tesseract-core-lstm.js',
      'ocr/tesseract-core-lstm.wasm',
      'ocr/tesseract-core-simd-lstm.js',
      'ocr/tesseract-core-simd-lstm.wasm',
      'ocr/vie.traineddata',
      'ocr/worker.min.js',
    ]);
  });

  it('ship the vendored tessdata_fast model, the file its README describes', () => {
    const model = files.find((f) => f.relativeDest === 'ocr/vie.traineddata');
    const file = model && 'absoluteSrc' in model ? model.absoluteSrc : '';
    const readme = readFileSync(path.join(ROOT, 'vendor/tessdata-fast/README.md'), 'utf8');
    const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
    expect(readme).toContain(`SHA-256 \`${hash}\``);
  });

  it('ship the worker without its CDN fallbacks', () => {
    const original = readFileSync(path.join(ROOT, 'node_modules/tesseract.js/dist/worker.min.js'), 'utf8');
    expect(original).toContain('https://cdn.jsdelivr.net/npm/');
    const worker = files.find((f) => f.relativeDest === 'ocr/worker.min.js');
    const shipped = worker && 'contents' in worker ? worker.contents : '';
    expect(shipped).not.toContain('cdn.jsdelivr.net');
    expect(shipped).toContain(`${NO_CDN}tesseract.js-core@v`);
  });

  it('fail the build check when a built file would load OCR code or a model from the network', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wr-ocr-assets-'));
    mkdirSync(path.join(dir, 'chunks'));
    writeFileSync(path.join(dir, 'chunks/page.js'), 'const home = "https://github.com/naptha/tesseract.js";');
    expect(findRemoteOcrUrls(dir)).toEqual([]);
    writeFileSync(
      path.join(dir, 'chunks/ocr.js'),
      'const core = `https://cdn.jsdelivr.net/npm/tesseract.js-core@v7/tesseract-core-simd.wasm.js`;',
    );
    writeFileSync(
      path.join(dir, 'model.json'),
      '{"lang":"https://tessdata.projectnaptha.com/4.0.0/vie.traineddata.gz"}',
    );
    expect(findRemoteOcrUrls(dir)).toEqual([
      'chunks/ocr.js: https://cdn.jsdelivr.net/npm/tesseract.js-core@v7/tesseract-core-simd.wasm.js',
      'model.json: https://tessdata.projectnaptha.com/4.0.0/vie.traineddata.gz',
    ]);
  });
});
