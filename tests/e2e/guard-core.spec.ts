// The guard against the fixture apps, with the built extension: it asks when there is a reason, stays out of
// the way when there is none, replays the held-back press exactly once, and fails open.
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, serviceWorkerOf } from './support/extension';
import { SITE_URL, draftOn, postedOn, serveFixtureSites } from './support/fixture-sites';
import { enterWhileComposing } from './support/ime';

// The extension's storage, as seen from its service worker (typed here: the tests do not load chrome types).
declare const chrome: {
  storage: { local: { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> } };
};

/** A small compiled pack (the shape the background stores in local:activeRules). */
const PACK = {
  id: 'e2e-guard',
  version: '1.0.0',
  name: { vi: 'Thử', en: 'Test' },
  questions: [],
  rules: [
    {
      id: 'hearsay',
      kind: 'phrase',
      category: 'unverified-claim',
      question: 'source',
      severity: 'warning',
      message: { vi: 'Tin nghe nói, chưa kiểm chứng', en: 'Hearsay' },
      weight: 1,
      phrases: ['nghe nói'],
      match: 'fold',
      wholeLine: false,
      upperCaseOnly: false,
    },
    {
      id: 'secrecy-stamp',
      kind: 'phrase',
      category: 'internal-document',
      question: 'source',
      severity: 'critical',
      message: { vi: 'Dấu mật', en: 'Secrecy stamp' },
      weight: 1,
      phrases: ['TỐI MẬT'],
      match: 'exact',
      wholeLine: false,
      upperCaseOnly: false,
    },
    {
      id: 'links',
      kind: 'domain',
      category: 'source',
      question: 'source',
      severity: 'warning',
      message: { vi: 'Liên kết rút gọn', en: 'Shortened link' },
      weight: 1,
      official: ['baochinhphu.vn'],
      known: ['vnexpress.net'],
      shorteners: ['bit.ly'],
      flagged: [],
      protect: [],
      report: { shortener: 'warning' },
    },
  ],
};

async function setStorage(context: BrowserContext, values: Record<string, unknown>) {
  const worker = await serviceWorkerOf(context);
  await worker.evaluate((v) => chrome.storage.local.set(v), values);
}

async function getStorage(context: BrowserContext, key: string): Promise<unknown> {
  const worker = await serviceWorkerOf(context);
  return worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
}

test.beforeEach(async ({ context }) => {
  await serveFixtureSites(context);
  // The background's pack store writes the built-in rule set when it starts; seed the test pack after that
  // (its catalog is written last), or the start-up write could replace it.
  await expect.poll(() => getStorage(context, 'packCatalog'), { timeout: 10_000 }).toBeTruthy();
  await setStorage(context, { activeRules: { packs: [PACK], updatedAt: Date.now() } });
});

async function openComposer(page: Page, lang: 'vi' | 'en' = 'en') {
  await page.goto(`${SITE_URL.facebook}?lang=${lang}`);
  await page
    .getByRole('button', { name: lang === 'en' ? "What's on your mind, Minh?" : 'Bạn đang nghĩ gì, Minh?' })
    .click();
  const dialog = page.getByRole('dialog', { name: lang === 'en' ? 'Create post' : 'Tạo bài viết' });
  await expect(dialog.locator('[data-lexical-editor="true"]')).toBeFocused();
  return dialog;
}

test('clean post goes out at once, no dialog', async ({ context }) => {
  const page = await context.newPage();
  const dialog = await openComposer(page);
  await page.keyboard.type('Chúc mọi người cuối tuần vui vẻ');
  await dialog.locator('[role="button"][aria-label="Post"]').click();
  expect(await postedOn(page)).toEqual([{ surface: 'composer', text: 'Chúc mọi người cuối tuần vui vẻ' }]);
  await expect(page.getByTestId('wr-dialog')).toHaveCount(0);
});

test('composer: a finding holds the post; back to edit keeps the draft; post anyway posts once', async ({
  context,
}) => {
  const page = await context.newPage();
  const dialog = await openComposer(page);
  const text = 'Nghe nói sắp có quyết định mới';
  await page.keyboard.type(text);
  const post = dialog.locator('[role="button"][aria-label="Post"]');
  await post.click();
  const wr = page.getByTestId('wr-dialog');
  await expect(wr).toBeVisible();
  await expect(wr.getByTestId('wr-finding')).toHaveAttribute('data-rule-id', 'hearsay');
  await expect(wr.getByTestId('wr-question')).toHaveCount(5);
  expect(await postedOn(page)).toEqual([]);
  await wr.getByTestId('wr-edit').click();
  await expect(wr).toHaveCount(0);
  expect(await draftOn(page, 'composer')).toBe(text);
  await expect(dialog.locator('[data-lexical-editor="true"]')).toBeFocused();
  await page.keyboard.type(' nhé');
  expect(await draftOn(page, 'composer')).toBe(`${text} nhé`);
  await post.click();
  await expect(wr).toBeVisible();
  await wr.getByTestId('wr-proceed').click();
  await expect(wr).toHaveCount(0);
  expect(await postedOn(page)).toEqual([{ surface: 'composer', text: `${text} nhé` }]);
});

test('critical finding needs the acknowledgement; Escape is back to edit', async ({ context }) => {
  const page = await context.newPage();
  const dialog = await openComposer(page);
  await page.keyboard.type('TỐI MẬT công văn số 12');
  await dialog.locator('[role="button"][aria-label="Post"]').click();
  const wr = page.getByTestId('wr-dialog');
  await expect(wr.getByTestId('wr-proceed')).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(wr).toHaveCount(0);
  await expect(dialog).toBeVisible();
  await dialog.locator('[role="button"][aria-label="Post"]').click();
  await wr.getByTestId('wr-acknowledge').check();
  await wr.getByTestId('wr-proceed').click();
  expect(await postedOn(page)).toEqual([{ surface: 'composer', text: 'TỐI MẬT công văn số 12' }]);
});

test('facebook comment: Enter is held, post anyway replays Enter once; Shift+Enter passes', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(`${SITE_URL.facebook}?lang=en`);
  const box = page
    .locator('[role="article"]')
    .first()
    .locator('[role="textbox"][aria-label="Write a comment…"]');
  await box.click();
  await page.keyboard.type('nghe nói vậy');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('thật không');
  await expect(page.getByTestId('wr-dialog')).toHaveCount(0);
  await page.keyboard.press('Enter');
  const wr = page.getByTestId('wr-dialog');
  await expect(wr).toBeVisible();
  expect(await postedOn(page)).toEqual([]);
  await wr.getByTestId('wr-proceed').click();
  await expect(wr).toHaveCount(0);
  expect(await postedOn(page)).toEqual([{ surface: 'comment', text: 'nghe nói vậy\nthật không' }]);
});

test('facebook share menu: one-click share now is held (link being shared)', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${SITE_URL.facebook}?lang=en&share=menu`);
  const article = page.locator('[role="article"]').nth(1);
  await article.locator('[aria-label="Send this to friends or post it on your profile."]').click();
  await page.getByRole('menuitem', { name: 'Share now (Public)' }).click();
  const wr = page.getByTestId('wr-dialog');
  await expect(wr).toBeVisible();
  await expect(wr.getByTestId('wr-link').first()).toBeVisible();
  expect(await postedOn(page)).toEqual([]);
  await wr.getByTestId('wr-proceed').click();
  expect(await postedOn(page)).toEqual([{ surface: 'share-menu', text: '', link: 'https://bit.ly/3tinsoc' }]);
});

test('tiktok comment (Draft.js): Enter held, replayed once', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${SITE_URL.tiktokVideo}?lang=en`);
  await page.locator('[data-e2e="comment-input"] [contenteditable="true"]').click();
  await page.keyboard.type('nghe nói có biến');
  await page.keyboard.press('Enter');
  const wr = page.getByTestId('wr-dialog');
  await expect(wr).toBeVisible();
  await wr.getByTestId('wr-proceed').click();
  expect(await postedOn(page)).toEqual([{ surface: 'comment', text: 'nghe nói có biến' }]);
});

test('zalo: Enter held; back to edit keeps text; send button held too', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${SITE_URL.zalo}?lang=en`);
  await page.locator('#richInput').click();
  await page.keyboard.type('nghe nói mai nghỉ');
  await page.keyboard.press('Enter');
  const wr = page.getByTestId('wr-dialog');
  await expect(wr).toBeVisible();
  await wr.getByTestId('wr-edit').click();
  await expect(page.locator('#richInput')).toBeFocused();
  expect(await draftOn(page, 'message')).toBe('nghe nói mai nghỉ');
  await page.locator('[data-translate-title="STR_SEND"]').click();
  await expect(wr).toBeVisible();
  await wr.getByTestId('wr-proceed').click();
  expect(await postedOn(page)).toEqual([{ surface: 'message', text: 'nghe nói mai nghỉ' }]);
});

test('fail open: with the test fault switched on, the post goes through and the error is logged', async ({
  context,
}) => {
  await setStorage(context, { guardTestFault: true });
  const page = await context.newPage();
  const dialog = await openComposer(page);
  await page.keyboard.type('Nghe nói sắp có quyết định mới');
  await dialog.locator('[role="button"][aria-label="Post"]').click();
  expect(await postedOn(page)).toEqual([{ surface: 'composer', text: 'Nghe nói sắp có quyết định mới' }]);
  await expect(page.getByTestId('wr-dialog')).toHaveCount(0);
  await expect
    .poll(async () => ((await getStorage(context, 'errorLog')) as unknown[] | undefined)?.length ?? 0)
    .toBeGreaterThan(0);
});

test('an Enter that ends an IME composition (Telex) neither sends nor asks', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITE_URL.facebook);
  await page.locator('[role="article"][aria-posinset="1"] [aria-placeholder="Viết bình luận..."]').click();
  await page.keyboard.type('nghe nói xin ');
  await enterWhileComposing(context, page, 'chà', 'chào');
  expect(await draftOn(page, 'comment')).toBe('nghe nói xin chào');
  await expect(page.getByTestId('wr-dialog')).toHaveCount(0);
  expect(await postedOn(page)).toEqual([]);
});

test('facebook share, old modal: the shortened link is shown; post anyway shares once with the caption', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(`${SITE_URL.facebook}?lang=en&share=old`);
  await page.locator('[role="article"][aria-posinset="2"] [data-ad-rendering-role="share_button"]').click();
  const dialog = page.getByRole('dialog', { name: 'Write post' });
  await dialog.locator('[aria-placeholder="Say something about this..."]').click();
  await page.keyboard.type('Có thật không?');
  await dialog.locator('div[role="button"][aria-label="Share now"]').click();
  const wr = page.getByTestId('wr-dialog');
  await expect(wr.locator('[data-testid="wr-link"][data-verdict="shortener"]')).toBeVisible();
  expect(await postedOn(page)).toEqual([]);
  await wr.getByTestId('wr-proceed').click();
  expect(await postedOn(page)).toEqual([
    { surface: 'share-old', text: 'Có thật không?', link: 'https://bit.ly/3tinsoc' },
  ]);
});

test('facebook share, composer modal (vi): an official link is still a link being shared', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(`${SITE_URL.facebook}?share=composer`);
  await page.locator('[role="article"][aria-posinset="1"] [data-ad-rendering-role="share_button"]').click();
  await page
    .getByRole('dialog', { name: 'Chia sẻ' })
    .locator('div[role="button"][aria-label="Chia sẻ"]')
    .click();
  const wr = page.getByTestId('wr-dialog');
  await expect(wr.locator('[data-testid="wr-link"][data-verdict="official"]')).toBeVisible();
  await wr.getByTestId('wr-proceed').click();
  expect(await postedOn(page)).toEqual([
    {
      surface: 'share-composer',
      text: '',
      link: 'https://baochinhphu.vn/chinh-phu-ban-hanh-nghi-dinh-moi.htm',
    },
  ]);
});

test('tiktok studio: Post is held, post anyway goes on to "Post now"', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${SITE_URL.tiktokStudio}?lang=en&uploadMs=0`);
  await page.locator('.public-DraftEditor-content').click();
  await page.keyboard.type('Nghe nói video này bị xóa');
  await page.locator('button[data-e2e="post_video_button"]').click();
  const wr = page.getByTestId('wr-dialog');
  await expect(wr).toBeVisible();
  await wr.getByTestId('wr-proceed').click();
  await page.getByRole('button', { name: 'Post now' }).click();
  expect(await postedOn(page)).toEqual([{ surface: 'studio', text: 'Nghe nói video này bị xóa' }]);
});

test('tiktok legacy upload iframe: the guard runs in the frame', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${SITE_URL.tiktokLegacyUpload}?uploadMs=0`);
  const frame = page.frameLocator('iframe[data-tt="Upload_index_iframe"]');
  await frame.locator('.public-DraftEditor-content').click();
  await page.keyboard.type('nghe nói trong khung');
  await frame.locator('button[data-e2e="post_video_button"]').click();
  await expect(frame.getByTestId('wr-dialog')).toBeVisible();
  await frame.getByTestId('wr-edit').click();
  expect(await postedOn(page)).toEqual([]);
  await frame.locator('button[data-e2e="post_video_button"]').click();
  await frame.getByTestId('wr-proceed').click();
  await frame.getByRole('button', { name: 'Đăng ngay' }).click();
  expect(await postedOn(page)).toEqual([{ surface: 'studio', text: 'nghe nói trong khung' }]);
});

test('tiktok repost: the video (with its link) is held, then reposted once', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITE_URL.tiktokVideo);
  await page.getByRole('button', { name: 'Đăng lại' }).click();
  const wr = page.getByTestId('wr-dialog');
  await expect(wr.getByTestId('wr-link').first()).toBeVisible();
  await wr.getByTestId('wr-proceed').click();
  expect(await postedOn(page)).toEqual([
    { surface: 'repost', text: '', link: 'https://www.tiktok.com/@baotintuc/video/7300000000000000001' },
  ]);
});

test('zalo forward: Share is held for the forwarded link; post anyway sends once', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${SITE_URL.zalo}?lang=en`);
  await page.locator('.chat-item[data-id="2"] [data-translate-title="STR_SHARE"]').click();
  const dialog = page.getByRole('dialog', { name: 'Share' });
  await dialog.getByText('Lê Văn Cường').click();
  await dialog.getByRole('button', { name: 'Share' }).click();
  const wr = page.getByTestId('wr-dialog');
  await expect(wr.locator('[data-testid="wr-link"][data-verdict="shortener"]')).toBeVisible();
  await wr.getByTestId('wr-proceed').click();
  expect(await postedOn(page)).toEqual([
    {
      surface: 'forward',
      text: 'Xem cái này: https://bit.ly/3tinsoc chia sẻ ngay!',
      link: 'https://bit.ly/3tinsoc',
    },
  ]);
});

test('badge: counts findings while typing; a click opens the questions with only Close', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(`${SITE_URL.tiktokVideo}?lang=en`);
  await page.locator('[data-e2e="comment-input"] [contenteditable="true"]').click();
  await page.keyboard.type('nghe nói thế');
  const badge = page.getByTestId('wr-badge');
  await expect(badge).toHaveAttribute('data-count', '1');
  await badge.click();
  const wr = page.getByTestId('wr-dialog');
  await expect(wr).toBeVisible();
  await expect(wr.getByTestId('wr-proceed')).toHaveCount(0);
  await wr.getByTestId('wr-edit').click();
  await expect(page.locator('[data-e2e="comment-input"] [contenteditable="true"]')).toBeFocused();
  expect(await draftOn(page, 'comment')).toBe('nghe nói thế');
  expect(await postedOn(page)).toEqual([]);
});

test('mode off (per site): nothing is held', async ({ context }) => {
  await setStorage(context, {
    guardSettings: {
      mode: 'links-and-findings',
      sites: { facebook: { enabled: false }, tiktok: { enabled: true }, zalo: { enabled: true } },
    },
  });
  const page = await context.newPage();
  const dialog = await openComposer(page);
  await page.keyboard.type('Nghe nói sắp có quyết định mới');
  await dialog.locator('[role="button"][aria-label="Post"]').click();
  expect(await postedOn(page)).toEqual([{ surface: 'composer', text: 'Nghe nói sắp có quyết định mới' }]);
});

test('keyboard: Enter on the focused Post button is held and replayed as its click', async ({ context }) => {
  const page = await context.newPage();
  const dialog = await openComposer(page);
  await page.keyboard.type('Nghe nói sắp có quyết định mới');
  await dialog.locator('[role="button"][aria-label="Post"]').focus();
  await page.keyboard.press('Enter');
  const wr = page.getByTestId('wr-dialog');
  await expect(wr).toBeVisible();
  await expect(wr.getByTestId('wr-edit')).toBeFocused();
  // Tab stays inside the dialog (focus trap).
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await wr.evaluate((el) => el.contains((el.getRootNode() as ShadowRoot).activeElement))).toBe(true);
  await wr.getByTestId('wr-proceed').click();
  expect(await postedOn(page)).toEqual([{ surface: 'composer', text: 'Nghe nói sắp có quyết định mới' }]);
});

test('badge: goes away once the message is sent (mode off still shows it while typing)', async ({
  context,
}) => {
  await setStorage(context, {
    guardSettings: {
      mode: 'off',
      sites: { facebook: { enabled: true }, tiktok: { enabled: true }, zalo: { enabled: true } },
    },
  });
  const page = await context.newPage();
  await page.goto(`${SITE_URL.zalo}?lang=en`);
  await page.locator('#richInput').click();
  await page.keyboard.type('nghe nói mai nghỉ');
  await expect(page.getByTestId('wr-badge')).toHaveAttribute('data-count', '1');
  await page.keyboard.press('Enter');
  expect(await postedOn(page)).toEqual([{ surface: 'message', text: 'nghe nói mai nghỉ' }]);
  await expect(page.getByTestId('wr-badge')).toHaveCount(0);
});
