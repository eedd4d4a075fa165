// What image reading ships inside the extension, and the guarantee that none of it comes from a CDN.
// wxt.config.ts copies these files into /ocr/ of both builds and bundles tesseract.js through the plugin
// below; tests/ocr-no-remote.test.ts checks the built extension.
//
// - tesseract.js's worker script, with its CDN defaults replaced by a non-address (`no-cdn:`): the paths
//   are always given (src/ocr/browser-ocr-host.ts), and if one were ever missing the load fails here,
//   on this machine, instead of fetching code from the network.
// - two LSTM-only cores (SIMD and plain; `.js` + `.wasm` side by side, the split form: 2.9 MB each instead
//   of 3.9 MB with the wasm inlined as base64), not the eight tesseract.js-core has.
// - the Vietnamese model, unpacked: the zip compresses it as well as gzip does, and the worker then skips
//   its pure-JavaScript gunzip (~0.1–0.25 s of every start). See src/ocr/README.md for why this model.
// - the notices of what is in the core (Tesseract, Leptonica, libpng, libjpeg, zlib) and of the model.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** What tesseract.js falls back to without a path. Replaced in everything shipped. */
const CDN = /https:\/\/cdn\.jsdelivr\.net\/npm\//g;
export const NO_CDN = 'no-cdn:';

export const OCR_MODEL = 'node_modules/@tesseract.js-data/vie/4.0.0_best_int/vie.traineddata.gz';

const CORES = ['tesseract-core-simd-lstm', 'tesseract-core-lstm'];

type PublicFile = { relativeDest: string; absoluteSrc: string } | { relativeDest: string; contents: string };

const NOTICE = `Image reading in Wise Reader runs on this computer with these components:

- tesseract.js 7.0.0 and tesseract.js-core 7.0.0 — Apache License 2.0 (LICENSE.tesseract-js-core.txt)
  Copyright (c) 2015 Kevin Kwok, Guillermo Webster, Jerome Wu, Balearica and contributors.
- Tesseract OCR 5 — Apache License 2.0. Copyright Google Inc. and the Tesseract contributors.
- Leptonica — BSD 2-clause licence. Copyright (C) 2001-2024 Leptonica.
- libpng — PNG Reference Library License version 2. Copyright (c) 1995-2024 The PNG Reference Library Authors.
- libjpeg — Independent JPEG Group licence: "this software is based in part on the work of the
  Independent JPEG Group".
- zlib — zlib licence. Copyright (C) 1995-2024 Jean-loup Gailly and Mark Adler.
- Vietnamese model (vie.traineddata, tessdata_best, integer) — Apache License 2.0, Copyright Google Inc.;
  packaged as @tesseract.js-data/vie 1.0.0 (MIT).
`;

/** The model unpacked once into .wxt/ocr (rebuilt when the package's file is newer). */
function unpackedModel(root: string): string {
  const source = path.join(root, OCR_MODEL);
  const target = path.join(root, '.wxt/ocr/vie.traineddata');
  if (!existsSync(target) || statSync(target).mtimeMs < statSync(source).mtimeMs) {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, gunzipSync(readFileSync(source)));
  }
  return target;
}

export function ocrPublicFiles(root: string): PublicFile[] {
  const from = (file: string) => path.join(root, file);
  const worker = readFileSync(from('node_modules/tesseract.js/dist/worker.min.js'), 'utf8').replace(
    CDN,
    NO_CDN,
  );
  return [
    { relativeDest: 'ocr/worker.min.js', contents: worker },
    ...CORES.flatMap((core) => [
      { relativeDest: `ocr/${core}.js`, absoluteSrc: from(`node_modules/tesseract.js-core/${core}.js`) },
      { relativeDest: `ocr/${core}.wasm`, absoluteSrc: from(`node_modules/tesseract.js-core/${core}.wasm`) },
    ]),
    { relativeDest: 'ocr/vie.traineddata', absoluteSrc: unpackedModel(root) },
    { relativeDest: 'ocr/NOTICE.txt', contents: NOTICE },
    {
      relativeDest: 'ocr/LICENSE.tesseract-js-core.txt',
      absoluteSrc: from('node_modules/tesseract.js-core/LICENSE'),
    },
  ];
}

/** Replaces tesseract.js's CDN defaults in the modules bundled into extension pages. */
export function noCdnPlugin(): Plugin {
  return {
    name: 'wise-reader-no-cdn',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/node_modules/tesseract.js/') || !code.includes('https://cdn.jsdelivr.net/npm/'))
        return null;
      return { code: code.replace(CDN, NO_CDN), map: null };
    },
  };
}

/** An address that would load OCR code or a model from the network. */
const REMOTE_OCR =
  /https?:\/\/[^\s"'`)]*(?:jsdelivr|unpkg|cdnjs|githubusercontent|tessdata|traineddata|tesseract-core|tesseract\.js-core|worker\.min\.js|\.wasm)[^\s"'`)]*/gi;

/**
 * Every address in the built extension's text files that would fetch a worker, core or model from the
 * network: `<file>: <address>`. The build fails on any (wxt.config.ts, `build:done`).
 */
export function findRemoteOcrUrls(dir: string): string[] {
  const found: string[] = [];
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (/\.(js|mjs|html|json|css|txt)$/.test(entry.name))
        for (const match of readFileSync(file, 'utf8').matchAll(REMOTE_OCR))
          found.push(`${path.relative(dir, file)}: ${match[0]}`);
    }
  };
  visit(dir);
  return found;
}
