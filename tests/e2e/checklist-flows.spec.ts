import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { journalFromCsv } from '../../src/journal/journal-csv';
import type { JournalEntry } from '../../src/journal/journal-entry';
import { journalFromJson } from '../../src/journal/journal-json';
import { CHECK_MENU_ID } from '../../src/menus/context-menu';
import { expect, serviceWorkerOf, test } from './support/extension';
import { loadBuiltInPacks } from '../support/builtin-packs';

/** The extension API inside the service worker (worker.evaluate runs there), as far as these tests use it. */
interface StorageAreaApi {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
declare const chrome: {
  storage: { local: StorageAreaApi; session: StorageAreaApi };
  contextMenus: { update(id: string, properties: object): Promise<void> };
};

const SEED_PACKS = loadBuiltInPacks();

const SECRET_TEXT =
  'TỐI MẬT\nSố: 12/QĐ-UBND\nNghe nói UBND tỉnh sắp thu hồi đất, chia sẻ ngay trước khi bị xóa!!!';

async function seedRules(worker: Worker) {
  // Give the background a moment to write the built-in packs first (orgpacks), then fill in if it has not.
  await worker.evaluate(async (packs) => {
    for (let i = 0; i < 20; i++) {
      if ((await chrome.storage.local.get('activeRules')).activeRules) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await chrome.storage.local.set({ activeRules: { packs, updatedAt: Date.now() } });
  }, SEED_PACKS);
}

async function journalInStorage(worker: Worker): Promise<JournalEntry[]> {
  return worker.evaluate(
    async () => ((await chrome.storage.local.get('journal')).journal ?? []) as JournalEntry[],
  );
}

async function open(context: BrowserContext, extensionId: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

test.describe('checklist (popup and page)', () => {
  test('the popup checks pasted text', async ({ context, extensionId }) => {
    await seedRules(await serviceWorkerOf(context));
    const page = await open(context, extensionId, 'popup.html');
    await page.getByTestId('wr-checklist-input').fill(SECRET_TEXT);
    await page.getByTestId('wr-checklist-run').click();
    await expect(page.locator('[data-testid="wr-finding"][data-rule-id="secrecy-stamp"]')).toBeVisible();
    await expect(page.locator('[data-testid="wr-finding"][data-rule-id="rumour"]')).toBeVisible();
    await expect(page.getByTestId('wr-question')).toHaveCount(5);
    await expect(page.getByTestId('wr-summary')).toHaveAttribute('data-tone', 'unclear');
  });

  test('the popup checks a pasted link', async ({ context, extensionId }) => {
    await seedRules(await serviceWorkerOf(context));
    const page = await open(context, extensionId, 'popup.html');
    await page.getByTestId('wr-checklist-input').fill('https://bit.ly/3abcXYZ');
    await page.getByTestId('wr-checklist-run').click();
    await expect(page.locator('[data-testid="wr-link"][data-domain="bit.ly"]')).toHaveAttribute(
      'data-verdict',
      'shortener',
    );
    await expect(page.getByTestId('wr-result')).toHaveAttribute('data-verdict', 'review');
  });

  test('the popup comes back as it was left when it closed', async ({ context, extensionId }) => {
    await seedRules(await serviceWorkerOf(context));
    const first = await open(context, extensionId, 'popup.html');
    await first.getByTestId('wr-checklist-input').fill(SECRET_TEXT);
    await first.getByTestId('wr-checklist-run').click();
    await first.locator('[data-question-id="source"] [data-testid="wr-answer-know"]').click();
    await first.waitForTimeout(200);
    await first.close();
    const again = await open(context, extensionId, 'popup.html');
    await expect(again.getByTestId('wr-checklist-input')).toHaveValue(SECRET_TEXT);
    await expect(again.locator('[data-question-id="source"]')).toHaveAttribute('data-answer', 'know');
  });

  test('the popup says the rules are loading until activeRules is written', async ({
    context,
    extensionId,
  }) => {
    const worker = await serviceWorkerOf(context);
    const page = await open(context, extensionId, 'popup.html');
    await worker.evaluate(() => chrome.storage.local.set({ activeRules: null }));
    await expect(page.getByTestId('wr-rules-loading')).toBeVisible();
    await expect(page.getByTestId('wr-checklist-run')).toBeDisabled();
    await worker.evaluate(
      (packs) => chrome.storage.local.set({ activeRules: { packs, updatedAt: Date.now() } }),
      SEED_PACKS,
    );
    await expect(page.getByTestId('wr-rules-loading')).toHaveCount(0);
  });

  test('the checklist page opened from the context menu checks the text; answers update the summary', async ({
    context,
    extensionId,
  }) => {
    const worker = await serviceWorkerOf(context);
    await seedRules(worker);
    await worker.evaluate(() => chrome.storage.local.set({ uiLanguage: 'vi' }));
    // What the context menu handler does: hand the selection over in session storage, open the page.
    await worker.evaluate(
      (text) =>
        chrome.storage.session.set({ checklistPrefill: { text, page: 'https://www.facebook.com/post/1' } }),
      SECRET_TEXT,
    );
    const page = await open(context, extensionId, 'checklist.html?from=menu');
    await expect(page.getByTestId('wr-checklist-input')).toHaveValue(SECRET_TEXT);
    await expect(page.locator('[data-testid="wr-finding"][data-rule-id="secrecy-stamp"]')).toBeVisible();
    // The hand-over is read once.
    expect(await worker.evaluate(() => chrome.storage.session.get('checklistPrefill'))).toEqual({});

    const summary = page.getByTestId('wr-summary');
    await expect(summary).toHaveAttribute('data-tone', 'unclear');
    await expect(summary).toContainText('nguồn tin');
    await page.locator('[data-question-id="source"] [data-testid="wr-answer-know"]').click();
    await expect(summary).not.toContainText('nguồn tin');
    for (const id of ['author', 'intent', 'harm', 'benefit']) {
      await page.locator(`[data-question-id="${id}"] [data-testid="wr-answer-know"]`).click();
    }
    await expect(summary).toHaveAttribute('data-tone', 'review');

    // SIFT: open the source page, search the claim elsewhere; plain links, nothing fetched.
    const actions = page.getByTestId('wr-sift-action');
    await expect(actions.first()).toHaveAttribute('href', 'https://www.facebook.com/post/1');
    await expect(page.locator('[data-testid="wr-sift-action"][data-kind="search-claim"]')).toHaveAttribute(
      'target',
      '_blank',
    );
  });

  test('the context menu item is there after install', async ({ context }) => {
    const worker = await serviceWorkerOf(context);
    // update() fails for an id that was never created: a cheap way to ask whether the item exists.
    await expect
      .poll(() =>
        worker.evaluate(
          (id) =>
            chrome.contextMenus.update(id, {}).then(
              () => 'present',
              (error: Error) => error.message,
            ),
          CHECK_MENU_ID,
        ),
      )
      .toBe('present');
  });

  test('an image from the context menu offers reverse image search', async ({ context, extensionId }) => {
    await seedRules(await serviceWorkerOf(context));
    const image = 'https://cdn.example.vn/anh.jpg';
    const page = await open(context, extensionId, `checklist.html?image=${encodeURIComponent(image)}`);
    await expect(page.getByTestId('wr-checklist-image')).toContainText(image);
    const reverse = page.locator('[data-testid="wr-sift-action"][data-kind="reverse-image"]');
    await expect(reverse).toHaveCount(4);
    await expect(reverse.first()).toHaveAttribute('href', /lens\.google\.com.*cdn\.example\.vn/);
  });

  test('the journal records a check, exports JSON and CSV that parse back, and deletes it', async ({
    context,
    extensionId,
  }) => {
    const worker = await serviceWorkerOf(context);
    await seedRules(worker);
    const page = await open(context, extensionId, 'checklist.html');
    await page.getByTestId('wr-checklist-input').fill(SECRET_TEXT);
    await page.getByTestId('wr-checklist-run').click();
    await expect(page.getByTestId('wr-journal-entry')).toHaveCount(1);
    await page.locator('[data-question-id="source"] [data-testid="wr-answer-know"]').click();
    await expect
      .poll(async () => (await journalInStorage(worker))[0]?.unclear)
      .toEqual(['author', 'intent', 'harm', 'benefit']);
    const stored = await journalInStorage(worker);
    expect(stored[0]).toMatchObject({
      origin: 'checklist',
      decision: 'checked-by-hand',
      verdict: 'critical',
    });
    expect(stored[0]?.found).toContain('vn-internal-documents/secrecy-stamp');

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('wr-journal-export-json').click(),
    ]);
    expect(journalFromJson(readFileSync(await json.path(), 'utf8'))).toEqual(stored);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('wr-journal-export-csv').click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    expect(journalFromCsv(readFileSync(await csv.path(), 'utf8'))).toEqual(stored);

    await page.getByTestId('wr-journal-delete').click();
    await expect(page.getByTestId('wr-journal-entry')).toHaveCount(0);
    expect(await journalInStorage(worker)).toEqual([]);

    // Turned off, a check leaves nothing behind.
    await page.getByTestId('wr-journal-toggle').uncheck();
    await page.getByTestId('wr-checklist-run').click();
    await expect(page.getByTestId('wr-finding').first()).toBeVisible();
    expect(await journalInStorage(worker)).toEqual([]);
  });

  test('the language switch turns the checklist into English and back', async ({ context, extensionId }) => {
    await seedRules(await serviceWorkerOf(context));
    const page = await open(context, extensionId, 'popup.html');
    await page.getByTestId('wr-language').selectOption('en');
    await expect(page.getByTestId('wr-checklist-run')).toHaveText('Check');
    await page.getByTestId('wr-language').selectOption('vi');
    await expect(page.getByTestId('wr-checklist-run')).toHaveText('Kiểm tra');
  });
});
