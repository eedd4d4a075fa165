// Pictures attached to a message in the built Firefox extension (.output/firefox-mv2) in real Firefox ESR: a
// picture chosen in the Zalo fixture's chat box is read by the background page (src/ocr) from the moment it
// is chosen — the file from the input's change event, and its send-preview thumbnail (a blob: address of the
// page, taken by the content script in Firefox's compartment) as the same reading — and its stamp makes Enter
// ask.
// Run: npm run test:firefox (after npm run build).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ElementHandle } from 'puppeteer-core';
import { ensureOcrSet, type OcrSet } from '../ocr-set/build-set';
import {
  errorLog,
  firefoxMissing,
  fixtureBundles,
  fixturePage,
  launchFirefoxWithExtension,
  openExtensionPage,
  postedOn,
  sleep,
  waitFor,
  waitForDialog,
  type FirefoxSession,
} from './support/firefox-extension';

const DOCUMENT = 'state-03-bao-cao-toi-mat';

describe('pictures attached in Firefox ESR', { skip: firefoxMissing, timeout: 240_000 }, () => {
  let session: FirefoxSession;
  let set: OcrSet;

  before(async () => {
    // The fixture bundle builds while Firefox starts.
    const [started, ocrSet] = await Promise.all([
      launchFirefoxWithExtension(),
      ensureOcrSet([DOCUMENT]),
      fixtureBundles(),
    ]);
    session = started;
    set = ocrSet;
  });

  after(async () => {
    await session?.close();
  });

  test('zalo: a chosen photo of a stamped document makes Enter ask, the stamp found in the attached image', async () => {
    const popup = await openExtensionPage(session.browser, 'popup.html');
    const page = await fixturePage(session.browser);
    try {
      await page.goto('https://chat.zalo.me/?lang=vi', { waitUntil: 'load' });
      const input = await page.waitForSelector('#richInput', { visible: true });
      await input!.click();
      await page.keyboard.type('Anh xem giúp em');
      // "Gửi hình ảnh": the file chosen in the chat box's picture input (WebDriver BiDi's input.setFiles).
      const picker = await page.waitForSelector('[data-testid="fixture-picture-input"]');
      await (picker as ElementHandle<HTMLInputElement>).uploadFile(
        path.join(set.dir, `${DOCUMENT}.phone.jpg`),
      );
      await page.waitForSelector('#chatInput .chat-box-attachments img');
      await page.keyboard.press('Enter');

      const dialog = await waitForDialog(page, 30_000).catch(async (error: unknown) => {
        const posted = JSON.stringify(await postedOn(page));
        throw new Error(
          `${String(error)}\nposted: ${posted}\nguard errorLog: ${JSON.stringify(await errorLog(popup))}`,
          {
            cause: error,
          },
        );
      });
      const parts = await waitFor(
        'the stamp in the attached image',
        async () => {
          const found = await dialog.$$eval('[data-testid="wr-finding"]', (items) =>
            items.map(
              (item) => `${item.getAttribute('data-rule-id')}@${item.getAttribute('data-part') ?? ''}`,
            ),
          );
          return found.includes('secrecy-stamp@image') ? found : undefined;
        },
        90_000,
      ).catch(async (error: unknown) => {
        throw new Error(`${String(error)}\nguard errorLog: ${JSON.stringify(await errorLog(popup))}`, {
          cause: error,
        });
      });
      assert.ok(parts.includes('secrecy-stamp@image'));
      await sleep(300);
      assert.deepEqual(await postedOn(page), [], 'nothing is sent while the dialog asks');
    } finally {
      await page.close();
      await popup.close();
    }
  });
});
