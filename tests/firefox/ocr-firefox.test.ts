// Image reading in the built Firefox extension (.output/firefox-mv2) in real Firefox ESR: the background page
// itself hosts the OCR worker (Firefox has no offscreen documents), with 'wasm-unsafe-eval' in the page CSP
// and the core and model from the extension. A stamped document photo comes back with its stamp as a line
// of its own; the same image again comes from the cache. Run: npm run test:firefox (after npm run build).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { OCR_READ, type OcrResponse } from '../../src/ocr/ocr-protocol';
import { ensureOcrSet, type OcrSet } from '../ocr-set/build-set';
import {
  firefoxMissing,
  launchFirefoxWithExtension,
  openExtensionPage,
  type FirefoxSession,
} from './support/firefox-extension';

const DOCUMENT = 'party-02-nghi-quyet-toi-mat';

declare const browser: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

describe('reading images in Firefox ESR', { skip: firefoxMissing, timeout: 180_000 }, () => {
  let session: FirefoxSession;
  let page: Page;
  let set: OcrSet;

  before(async () => {
    [session, set] = await Promise.all([launchFirefoxWithExtension(), ensureOcrSet([DOCUMENT])]);
    page = await openExtensionPage(session.browser, 'checklist.html');
  });

  after(async () => {
    await session?.close();
  });

  const read = (file: string) =>
    page.evaluate((message) => browser.runtime.sendMessage(message) as Promise<OcrResponse>, {
      type: OCR_READ,
      image: { bytes: readFileSync(path.join(set.dir, file)).toString('base64') },
    });

  test('the background page reads a phone photo of a stamped document', async () => {
    const answer = await read(`${DOCUMENT}.phone.jpg`);
    assert.ok(answer.ok, JSON.stringify(answer));
    assert.equal(answer.reading.status, 'read');
    assert.ok(answer.reading.text.split('\n').includes('TỐI MẬT'), answer.reading.text);
    assert.equal(answer.cached, false);
    const again = await read(`${DOCUMENT}.phone.jpg`);
    assert.ok(again.ok && again.cached && again.hash === answer.hash);
  });
});
