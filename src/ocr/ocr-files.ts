// The OCR files inside the extension (copied there at build time by wxt.config.ts from node_modules, see
// scripts/ocr-assets.ts). Paths are relative to the extension's root. The core's `.wasm` must sit next to
// the worker script: the split core looks for it beside the script that loads it.
export const OCR_FILES = {
  worker: '/ocr/worker.min.js',
  /** LSTM-only core built with WebAssembly SIMD (every current desktop CPU and browser). */
  coreSimd: '/ocr/tesseract-core-simd-lstm.js',
  /** LSTM-only core without SIMD, for the rest. */
  corePlain: '/ocr/tesseract-core-lstm.js',
  /** The folder holding vie.traineddata (unpacked). */
  modelDir: '/ocr',
} as const;
