// Image reading benchmark (`npm run bench -- ocr`): the test set of tests/ocr-set (built, or taken from its
// cache), read in Node with the extension's own code, core and model, and a part of it read by the built
// extension in Chromium (offscreen document), every figure measured in this run.
//
//   ocr.recall_clean / ocr.recall_phone / ocr.recall_screenshot   share of document images with an
//                                     internal-document finding (goals ≥ 0.95, ≥ 0.85, ≥ 0.95)
//   ocr.stamp_clean / _phone / _screenshot   share of printed stamps read as a line of their own (≥ 0.9)
//   ocr.false_alarms                  non-document images with an internal-document finding (goal 0)
//   ocr.node_image_median_cpu_ms      CPU ms per image in Node (worker thread included): what an image costs
//                                     whatever else the machine runs; machine.load_1min says how busy it was
//   ocr.image_median_ms               median ms per image in the extension (decode + page and stamp passes;
//                                     ≤ 1,600 px; goal ≤ 2,000); ocr.node_image_median_ms the same in Node
//   ocr.ready_ms                      ms from the first need (a cold extension asked to get ready) to the
//                                     worker ready: offscreen document, worker, core and model (goal ≤ 1,500)
//   ocr.message_20mb_ms               ms for a 15 MB image (20 MB of base64) to reach the offscreen document
//                                     and be refused as undecodable: the cost of the largest message
//   bundle.zip_chrome                 bytes of the Chrome zip; bundle.zip_chrome_ocr the part that is image
//                                     reading (compressed size of ocr/ and the offscreen page; goal ≤ 8 MB)
//
// WR_OCR_BENCH_EXTENSION_IMAGES (default 30) caps the images read in the extension. Needs `npm run build`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension, serviceWorkerOf } from '../e2e/support/extension';
import { createChecker } from '../../src/engine';
import { checkImageText } from '../../src/ocr/image-findings';
import { OCR_READ, OCR_WARM, type OcrResponse } from '../../src/ocr/ocr-protocol';
import { ensureOcrSet, type OcrSet, type SetImage } from '../ocr-set/build-set';
import type { CompiledPack } from '../../src/engine/types';
import { nodeEngine, scoreImage, summarize } from '../ocr-set/evaluate';
import { loadBuiltInPacks } from '../support/builtin-packs';
import { median, round, type BenchResult } from './measure';

const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

async function launch(): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await launchWithExtension();
  const id = new URL((await serviceWorkerOf(context)).url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/checklist.html`);
  return { page, close: () => context.close() };
}

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** Sends one message from the extension page and times the answer in the page. */
function ask<T>(page: Page, message: unknown): Promise<{ answer: T; ms: number }> {
  return page.evaluate(async (m) => {
    const started = performance.now();
    const answer = (await chrome.runtime.sendMessage(m)) as T;
    return { answer, ms: performance.now() - started };
  }, message) as Promise<{ answer: T; ms: number }>;
}

/** Compressed bytes of the zip's entries whose names match. */
function zipped(zip: string, match: RegExp): number {
  const listing = execFileSync('unzip', ['-v', zip], { encoding: 'utf8' });
  let total = 0;
  for (const line of listing.split('\n')) {
    const fields = line.trim().split(/\s+/);
    const name = fields[fields.length - 1];
    if (fields.length >= 8 && /^\d+$/.test(fields[2] ?? '') && name && match.test(name))
      total += Number(fields[2]);
  }
  return total;
}

/** An even spread over the set: every n-th document image of each variant, and non-documents. */
function spread(images: SetImage[], count: number): SetImage[] {
  const step = Math.max(1, Math.floor(images.length / count));
  return images.filter((_, i) => i % step === 0).slice(0, count);
}

export async function* run(): AsyncIterable<BenchResult> {
  const set = await ensureOcrSet();
  const packs = loadBuiltInPacks();

  // Node: the whole set (WR_OCR_BENCH_NODE=0 skips it, to time the extension alone).
  if (process.env.WR_OCR_BENCH_NODE !== '0') yield* nodePart(set, packs);
  yield* extensionPart(set, packs);
  yield* zipPart();
}

async function* nodePart(set: OcrSet, packs: CompiledPack[]): AsyncIterable<BenchResult> {
  let nodeReady = NaN;
  const engine = nodeEngine((ms) => (nodeReady = ms));
  // Starting the worker (core compiled, model loaded): its CPU time is what it costs on an idle machine.
  const startCpu = process.cpuUsage();
  await engine.warm();
  const started = process.cpuUsage(startCpu);
  const scores = [];
  for (const image of set.images) scores.push(await scoreImage(set.dir, image, engine, packs));
  await engine.stop();
  const summary = summarize(scores);
  for (const [variant, value] of Object.entries(summary.recall))
    yield {
      name: `ocr.recall_${variant}`,
      value: round(value),
      unit: 'share',
      images: scores.filter((s) => s.image.document && s.image.variant === variant).length,
    };
  for (const [variant, value] of Object.entries(summary.stamps))
    yield { name: `ocr.stamp_${variant}`, value: round(value), unit: 'share' };
  yield {
    name: 'ocr.false_alarms',
    value: summary.falseAlarms.length,
    unit: 'images',
    of: scores.filter((s) => !s.image.document).length,
    which: summary.falseAlarms,
  };
  yield {
    name: 'ocr.node_image_median_ms',
    value: round(summary.medianMs, 0),
    unit: 'ms',
    images: scores.length,
  };
  yield {
    name: 'ocr.node_image_median_cpu_ms',
    value: round(summary.medianCpuMs, 0),
    unit: 'ms',
    images: scores.length,
  };
  yield { name: 'ocr.node_ready_ms', value: round(nodeReady, 0), unit: 'ms' };
  yield {
    name: 'ocr.node_ready_cpu_ms',
    value: round((started.user + started.system) / 1000, 0),
    unit: 'ms',
  };
  const load = loadavg()[0] ?? 0;
  yield { name: 'machine.load_1min', value: round(load, 1), unit: 'runnable', cores: cpus().length };
}

async function* extensionPart(set: OcrSet, packs: CompiledPack[]): AsyncIterable<BenchResult> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json')))
    execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  const browser = await launch();
  try {
    const warm = await ask<{ ok: boolean }>(browser.page, { type: OCR_WARM });
    yield { name: 'ocr.ready_ms', value: round(warm.ms, 0), unit: 'ms', ok: warm.answer.ok };
    const count = Number(process.env.WR_OCR_BENCH_EXTENSION_IMAGES ?? 30);
    const docs = set.images.filter((i) => i.document);
    const others = set.images.filter((i) => !i.document);
    const chosen = [...spread(docs, Math.ceil(count * 0.7)), ...spread(others, Math.floor(count * 0.3))];
    const checker = createChecker(packs);
    const times: number[] = [];
    let flagged = 0;
    let falseAlarms = 0;
    for (const image of chosen) {
      const bytes = readFileSync(path.join(set.dir, image.file)).toString('base64');
      const { answer, ms } = await ask<OcrResponse>(browser.page, { type: OCR_READ, image: { bytes } });
      if (!answer.ok) throw new Error(`${image.file}: ${answer.error} ${answer.message}`);
      times.push(ms);
      const found = checkImageText(checker, answer.reading.text).findings.some(
        (f) => f.category === 'internal-document',
      );
      if (image.document && found) flagged++;
      if (!image.document && found) falseAlarms++;
    }
    yield { name: 'ocr.image_median_ms', value: round(median(times), 0), unit: 'ms', images: times.length };
    yield {
      name: 'ocr.extension_recall',
      value: round(flagged / chosen.filter((i) => i.document).length),
      unit: 'share',
    };
    yield { name: 'ocr.extension_false_alarms', value: falseAlarms, unit: 'images' };
    const big = Buffer.alloc(15 * 1024 * 1024, 7).toString('base64');
    const message = await ask<OcrResponse>(browser.page, { type: OCR_READ, image: { bytes: big } });
    yield {
      name: 'ocr.message_20mb_ms',
      value: round(message.ms, 0),
      unit: 'ms',
      answer: message.answer.ok ? 'read' : message.answer.error,
    };
  } finally {
    await browser.close();
  }
}

async function* zipPart(): AsyncIterable<BenchResult> {
  execFileSync('npx', ['wxt', 'zip'], { stdio: 'ignore' });
  const zip = path.join(
    '.output',
    JSON.parse(readFileSync('package.json', 'utf8')).name +
      '-' +
      JSON.parse(readFileSync('package.json', 'utf8')).version +
      '-chrome.zip',
  );
  if (existsSync(zip)) {
    yield { name: 'bundle.zip_chrome', value: statSync(zip).size, unit: 'bytes' };
    yield {
      name: 'bundle.zip_chrome_ocr',
      value: zipped(zip, /^(ocr\/|ocr-offscreen\.html|chunks\/ocr-offscreen)/),
      unit: 'bytes',
    };
  }
}
