// What image reading ships inside the extension, and the guarantee that none of it comes from a CDN.
// wxt.config.ts copies these files into /ocr/ of both builds and bundles tesseract.js through the plugin
// below; tests/ocr-assets.test.ts checks the built extension.
//
// - tesseract.js's worker script, with its CDN defaults replaced by a non-address (`no-cdn:`): the paths
//   are always given (src/ocr/browser-ocr-host.ts), and if one were ever missing the load fails here,
//   on this machine, instead of fetching code from the network.
// - two LSTM-only cores (SIMD and plain; `.js` + `.wasm` side by side, the split form: 2.9 MB each instead
//   of 3.9 MB with the wasm inlined as base64), not the eight tesseract.js-core has.
// - the Vietnamese model (tessdata_fast), unpacked: the zip compresses it as well as gzip does, and the
//   worker then skips its pure-JavaScript gunzip at every start. src/ocr/README.md says why this model.
// - the notices of what is in the core (Tesseract, Leptonica, libpng, libjpeg, zlib) and of the model.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** What tesseract.js falls back to without a path. Replaced in everything shipped. */
const CDN = /https:\/\/cdn\.jsdelivr\.net\/npm\//g;
export const NO_CDN = 'no-cdn:';

/** tessdata_fast's Vietnamese model (vendor/tessdata-fast/README.md says where from and why this one). */
export const OCR_MODEL = 'vendor/tessdata-fast/vie.traineddata';

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
- Vietnamese model (vie.traineddata, tessdata_fast 4.1.0) — Apache License 2.0.
  Copyright 1988-1995 Hewlett Packard Company, 2006-2022 Google Inc.
`;

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
    { relativeDest: 'ocr/vie.traineddata', absoluteSrc: from(OCR_MODEL) },
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
