// The guard's promise where it used to break (issue 9, "The guard"): a press made before the checker is
// ready, a dialog the page itself removes, a right-click or a cancelled touch, a share menu that closes when
// the dialog takes the focus. Each case runs the built extension on the fixture sites in Chromium.
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, serviceWorkerOf } from './support/extension';
import { SITE_URL, postedOn, serveFixtureSites } from './support/fixture-sites';
import {
  errorLogOf,
  holdExtensionFile,
  postAnyway,
  setUiLanguage,
  waitForPublishedRules,
} from './support/guard-harness';
import { pressControl } from './support/surfaces';

// The extension's storage, as seen from its service worker (typed here: the tests do not load chrome types).
declare const chrome: { storage: { local: { set(v: object): Promise<void> } } };

const STAMP = 'TỐI MẬT công văn số 12';
const FB_POST = 'div[role="button"][aria-label="Post"]';

test.beforeEach(async ({ context }) => {
  await serveFixtureSites(context);
  await waitForPublishedRules(context);
});

/** Zalo with a stamped message, sent with Enter: returns the page once Enter is pressed. */
async function enterStampOnZalo(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${SITE_URL.zalo}?lang=en`);
  await page.locator('#richInput').click();
  await page.keyboard.type(STAMP);
  await page.keyboard.press('Enter');
  return page;
}

/** A press held before the checker is ready: for now nothing has gone out. */
async function expectHeld(page: Page): Promise<void> {
  await page.waitForTimeout(200);
  expect(await postedOn(page)).toEqual([]);
}

async function composerWith(page: Page, text: string) {
  await page.goto(`${SITE_URL.facebook}?lang=en`);
  await page.getByRole('button', { name: "What's on your mind, Minh?" }).click();
  const dialog = page.getByRole('dialog', { name: 'Create post' });
  await expect(dialog.locator('[data-lexical-editor="true"]')).toBeFocused();
  await page.keyboard.type(text);
  return dialog;
}

test.describe('a press before the checker is ready', () => {
  test('is held until the checker is ready, then asked about; nothing goes out unchecked', async ({
    context,
  }) => {
    // A busy machine: the engine script arrives late — here, only once the Enter has been pressed.
    const engine = await holdExtensionFile(context, 'guard-engine.js');
    const page = await enterStampOnZalo(context);
    await expectHeld(page);
    engine.release();
    const wr = page.getByTestId('wr-dialog');
    await expect(wr).toBeVisible();
    await expect(wr.locator('[data-testid="wr-finding"][data-rule-id="secrecy-stamp"]')).toBeVisible();
    expect(await postedOn(page)).toEqual([]);
    await postAnyway(page);
    await expect.poll(() => postedOn(page)).toEqual([{ surface: 'message', text: STAMP }]);
  });

  test('before any rule set is published (a fresh profile), the built-in rules stand in', async ({
    context,
  }) => {
    const worker = await serviceWorkerOf(context);
    await worker.evaluate(() => chrome.storage.local.set({ activeRules: null }));
    const page = await enterStampOnZalo(context);
    const wr = page.getByTestId('wr-dialog');
    await expect(wr.locator('[data-testid="wr-finding"][data-rule-id="secrecy-stamp"]')).toBeVisible();
    expect(await postedOn(page)).toEqual([]);
  });

  test('past the bound it goes through unchecked (fail open), once, and the error log says so', async ({
    context,
  }) => {
    // The engine script never comes (until the end of the test).
    const engine = await holdExtensionFile(context, 'guard-engine.js');
    const page = await enterStampOnZalo(context);
    await expectHeld(page);
    await expect
      .poll(() => postedOn(page), { timeout: 10_000 })
      .toEqual([{ surface: 'message', text: STAMP }]);
    await expect(page.getByTestId('wr-dialog')).toHaveCount(0);
    await expect
      .poll(async () => (await errorLogOf(context)).map((entry) => entry.where))
      .toContain('guard.not-ready');
    await page.waitForTimeout(300);
    expect(await postedOn(page)).toHaveLength(1);
    engine.release();
  });
});

test('a dialog the page removes (a re-render of <body>) no longer swallows the next Post', async ({
  context,
}) => {
  const page = await context.newPage();
  const composer = await composerWith(page, STAMP);
  await pressControl(composer.locator(FB_POST));
  const wr = page.getByTestId('wr-dialog');
  await expect(wr).toBeVisible();
  // The site renders its whole body again; what it does not own (our dialog's host) is gone.
  await page.evaluate(() =>
    document.body.replaceChildren(
      ...[...document.body.children].filter((el) => el.localName !== 'wise-reader-ui'),
    ),
  );
  await expect(wr).toHaveCount(0);
  await pressControl(composer.locator(FB_POST));
  await expect(wr).toBeVisible();
  expect(await postedOn(page)).toEqual([]);
  await postAnyway(page);
  await expect.poll(() => postedOn(page)).toEqual([{ surface: 'composer', text: STAMP }]);
  expect((await errorLogOf(context)).map((entry) => entry.where)).toContain('guard.dialog-gone');
});

test.describe('only a primary press is a send', () => {
  async function openShareMenu(page: Page) {
    await page.goto(`${SITE_URL.facebook}?lang=en&share=menu`);
    const article = page.locator('[role="article"]').nth(1);
    await article.locator('[aria-label="Send this to friends or post it on your profile."]').click();
    return page.getByRole('menuitem', { name: 'Share now (Public)' });
  }

  test('a right-click on "Share now" is not held, and the next click elsewhere is not taken for it', async ({
    context,
  }) => {
    const page = await context.newPage();
    const shareNow = await openShareMenu(page);
    await shareNow.click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Share to Feed' }).click();
    await expect(page.getByRole('dialog', { name: 'Share' })).toBeVisible();
    await expect(page.getByTestId('wr-dialog')).toHaveCount(0);
    expect(await postedOn(page)).toEqual([]);
  });

  test('a touch on "Share now" that turns into a scroll (pointercancel) is dropped', async ({ context }) => {
    const page = await context.newPage();
    const shareNow = await openShareMenu(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const box = (await shareNow.boundingBox())!;
    const at = (dy: number) => [{ x: box.x + box.width / 2, y: box.y + box.height / 2 + dy }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
    for (let dy = 10; dy <= 120; dy += 10)
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(-dy) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
    await page.getByRole('menuitem', { name: 'Share to Feed' }).click();
    await expect(page.getByRole('dialog', { name: 'Share' })).toBeVisible();
    await expect(page.getByTestId('wr-dialog')).toHaveCount(0);
  });
});

test.describe('"Post anyway" after the share menu closed on blur', () => {
  for (const lang of ['vi', 'en'] as const) {
    test(`asks the person (${lang}) to press once more, and lets that press through unasked`, async ({
      context,
    }) => {
      // The dialog and the notice speak the person's language setting (the browser here is in English).
      await setUiLanguage(context, lang);
      const page = await context.newPage();
      await page.goto(`${SITE_URL.facebook}?lang=${lang}&share=menu&menuBlur=close`);
      const article = page.locator('[role="article"]').nth(1);
      const shareButton = article.getByRole('button', {
        name:
          lang === 'vi'
            ? 'Gửi nội dung này cho bạn bè hoặc đăng lên trang cá nhân của bạn.'
            : 'Send this to friends or post it on your profile.',
      });
      const shareNow = page.getByRole('menuitem', {
        name: lang === 'vi' ? 'Chia sẻ ngay (Công khai)' : 'Share now (Public)',
      });
      await shareButton.click();
      await pressControl(shareNow);
      const wr = page.getByTestId('wr-dialog');
      await expect(wr).toBeVisible();
      // The dialog took the focus: Facebook's menu is gone, with the control that was pressed.
      await expect(shareNow).toHaveCount(0);
      await postAnyway(page);
      const notice = page.getByTestId('wr-notice');
      await expect(notice).toBeVisible();
      await expect(notice).toContainText(
        lang === 'vi' ? 'bấm Chia sẻ thêm một lần nữa' : 'press Share once more',
      );
      expect(await postedOn(page)).toEqual([]);
      await shareButton.click();
      await pressControl(shareNow);
      await expect
        .poll(() => postedOn(page))
        .toEqual([{ surface: 'share-menu', text: '', link: 'https://bit.ly/3tinsoc' }]);
      await expect(wr).toHaveCount(0);
      await expect(notice).toHaveCount(0);
    });
  }
});
