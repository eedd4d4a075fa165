// Image reading in the built extension (Chromium): the checklist page reads an image (Chrome: through the
// background and its offscreen document) and checks its text. Every site request is refused except the
// image served below, so this also proves the worker, core and model come from the extension itself.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ensureOcrSet, type OcrSet } from '../ocr-set/build-set';
import { expect, serviceWorkerOf, test } from './support/extension';
import { loadBuiltInPacks } from '../support/builtin-packs';

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

const DOCUMENT = 'state-03-bao-cao-toi-mat';
const HONEY = 'ad-02-honey-banner';
let set: OcrSet;
/** Network requests refused during a test: reading an image must make none. */
let refused: string[] = [];

test.beforeAll(async () => {
  set = await ensureOcrSet([DOCUMENT, HONEY]);
});

async function checklist(page: Page, extensionId: string, query = '') {
  await page.goto(`chrome-extension://${extensionId}/checklist.html${query}`);
}

test.describe('reading images on the checklist page', () => {
  test.beforeEach(async ({ context }) => {
    const worker = await serviceWorkerOf(context);
    await worker.evaluate(
      // Vietnamese first, whatever the browser's own language: the page's words are checked in it.
      (packs) =>
        chrome.storage.local.set({ activeRules: { packs, updatedAt: Date.now() }, uiLanguage: 'vi' }),
      loadBuiltInPacks(),
    );
    refused = [];
    await context.route(/^https?:\/\//, (route) => {
      refused.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    await context.route('https://img.example.vn/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'image/png',
        path: path.join(set.dir, `${DOCUMENT}.clean.png`),
      }),
    );
  });

  test('an image chosen from the computer is read and its stamp found, with the text shown', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await checklist(page, extensionId);
    await page.getByTestId('wr-image-file').setInputFiles(path.join(set.dir, `${DOCUMENT}.phone.jpg`));
    const panel = page.getByTestId('wr-image-text');
    await expect(panel).toHaveAttribute('data-status', 'read', { timeout: 45_000 });
    // Its text is checked with the checklist's draft, as a part of its own: the finding says "in the image",
    // and the summary counts it.
    const stamp = page
      .getByTestId('wr-result')
      .locator('[data-testid="wr-finding"][data-rule-id="secrecy-stamp"][data-part="image"]');
    await expect(stamp).toBeVisible();
    await expect(stamp).toContainText('trong ảnh');
    await expect(page.getByTestId('wr-summary')).toContainText('trong chữ đọc được từ ảnh');
    await expect(panel.getByTestId('wr-image-text-read')).toContainText('TỐI MẬT');
    expect(refused).toEqual([]);
  });

  test('an image handed over by address is fetched and read; a honey advert raises nothing', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await checklist(page, extensionId, `?image=${encodeURIComponent('https://img.example.vn/van-ban.png')}`);
    const panel = page.getByTestId('wr-image-text');
    await expect(panel).toHaveAttribute('data-status', 'read', { timeout: 45_000 });
    const result = page.getByTestId('wr-result');
    await expect(result.locator('[data-testid="wr-finding"][data-rule-id="secrecy-stamp"]')).toBeVisible();

    await page.getByTestId('wr-image-file').setInputFiles(path.join(set.dir, `${HONEY}.clean.jpg`));
    await expect(panel.getByTestId('wr-image-text-read')).toContainText('ONG', { timeout: 45_000 });
    await expect(result.locator('[data-testid="wr-finding"]')).toHaveCount(0);
    expect(refused).toEqual([]);
  });

  test('switched off, no image is read and the page says so', async ({ context, extensionId }) => {
    const worker = await serviceWorkerOf(context);
    await worker.evaluate(() => chrome.storage.local.set({ imageReading: false }));
    const page = await context.newPage();
    await checklist(page, extensionId);
    await page.getByTestId('wr-image-file').setInputFiles(path.join(set.dir, `${DOCUMENT}.clean.png`));
    const panel = page.getByTestId('wr-image-text');
    await expect(panel).toHaveAttribute('data-status', 'failed');
    await expect(panel).toContainText(/đang tắt|switched off/);
  });
});
