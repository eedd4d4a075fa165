// Recall of image reading on a representative part of the OCR test set (tests/ocr-set), read in Node with
// the extension's own code, core and model: document photos, screenshots and scans are found to be internal
// documents, their stamps come out as lines of their own, and the hard non-documents (honey adverts, a school
// notice with "Kính gửi:", a form with the national header) raise nothing. The whole set, with timings, is
// `npm run bench -- ocr`. About a minute: the subset is rendered (then cached in .cache/ocr-set) and read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureOcrSet, type OcrSet } from './ocr-set/build-set';
import { nodeEngine, scoreImage, summarize, type ImageScore } from './ocr-set/evaluate';
import { loadBuiltInPacks } from './support/builtin-packs';

/** Every layout and stamp style: red, double, red text and dark frames; serif and sans; two stamps stacked. */
const DOCUMENTS = [
  'state-03-bao-cao-toi-mat',
  'state-12-cong-van-mat-sans',
  'party-05-quyet-dinh-chi-bo',
  'youth-02-cong-van-khan',
];
const NON_DOCUMENTS = [
  'ad-01-honey-framed',
  'ad-02-honey-banner',
  'notice-02-school',
  'screenshot-02-form-template',
];

let set: OcrSet;
const scores: ImageScore[] = [];
const engine = nodeEngine();

beforeAll(async () => {
  set = await ensureOcrSet([...DOCUMENTS, ...NON_DOCUMENTS]);
  const packs = loadBuiltInPacks();
  for (const image of set.images) scores.push(await scoreImage(set.dir, image, engine, packs));
}, 300_000);

afterAll(() => engine.stop());

describe('reading photos of documents (OCR test set, subset)', () => {
  it('finds every document image to be an internal document, in every variant', () => {
    expect(scores.filter((s) => s.image.document)).toHaveLength(DOCUMENTS.length * 3);
    const missed = scores.filter((s) => s.image.document && !s.flagged).map((s) => s.image.file);
    expect(missed).toEqual([]);
    const { recall } = summarize(scores);
    expect(recall).toEqual({ clean: 1, phone: 1, screenshot: 1 });
  });

  it('reads the stamps as lines of their own, as the stamp rules need them', () => {
    const { stamps } = summarize(scores);
    for (const variant of ['clean', 'phone', 'screenshot'])
      expect(stamps[variant]).toBeGreaterThanOrEqual(0.9);
  });

  it('raises no internal-document finding on adverts, notices and forms', () => {
    expect(scores.filter((s) => !s.image.document)).toHaveLength(NON_DOCUMENTS.length * 2);
    expect(summarize(scores).falseAlarms).toEqual([]);
  });
});
