// The fixture apps on their own, in plain Chromium with no extension: each surface posts on click or Enter
// exactly as the real site would, so an e2e failure with the extension is the extension's doing.
import { test, expect, chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM } from './support/extension';
import { enterWhileComposing } from './support/ime';
import { SITE_URL, draftOn, postedOn, serveFixtureSites } from './support/fixture-sites';

let browser: Browser;
let context: BrowserContext;

test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  context = await browser.newContext();
  await serveFixtureSites(context);
});

test.afterAll(async () => {
  await browser?.close();
});

let page: Page;
test.beforeEach(async () => {
  page = await context.newPage();
});
test.afterEach(async () => {
  await page.close();
});

test.describe('facebook', () => {
  test('Create post: Post (an overlay click) sends the Lexical text once and clears the editor', async () => {
    await page.goto(`${SITE_URL.facebook}?lang=en`);
    await page.getByRole('button', { name: "What's on your mind, Minh?" }).click();
    const dialog = page.getByRole('dialog', { name: 'Create post' });
    const editor = dialog.locator('div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]');
    await expect(editor).toBeFocused();
    await page.keyboard.type('Hello world');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('second line');
    await page.keyboard.press('Enter');
    await page.keyboard.type('new paragraph');
    const draft = await draftOn(page, 'composer');
    expect(draft).toBe('Hello world\nsecond line\n\nnew paragraph');
    const post = dialog.locator('div[role="button"][aria-label="Post"]');
    // The click lands on the overlay child, as on the site.
    const box = (await post.boundingBox())!;
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.getAttribute('data-visualcompletion'),
      [box.x + box.width / 2, box.y + box.height / 2],
    );
    expect(hit).toBe('ignore');
    await post.click();
    expect(await postedOn(page)).toEqual([{ surface: 'composer', text: draft }]);
    await expect(dialog).toBeHidden();
    expect(await draftOn(page, 'composer')).toBe('');
  });

  test('Create post (vi): a URL brings a link-preview card whose link is posted with the text', async () => {
    await page.goto(SITE_URL.facebook);
    await page.getByRole('button', { name: 'Bạn đang nghĩ gì, Minh?' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tạo bài viết' });
    await page.keyboard.type('Xem tin này https://bit.ly/3abcxyz');
    await expect(dialog.locator('a[href*="bit.ly"]')).toBeVisible();
    await dialog.locator('div[role="button"][aria-label="Đăng"]').click();
    expect(await postedOn(page)).toEqual([
      { surface: 'composer', text: 'Xem tin này https://bit.ly/3abcxyz', link: 'https://bit.ly/3abcxyz' },
    ]);
  });

  test('Create post: the preview card stays when the URL text is deleted, and its link is posted', async () => {
    await page.goto(`${SITE_URL.facebook}?lang=en`);
    await page.getByRole('button', { name: "What's on your mind, Minh?" }).click();
    const dialog = page.getByRole('dialog', { name: 'Create post' });
    await page.keyboard.type('https://bit.ly/3abcxyz');
    await expect(dialog.locator('a[href*="bit.ly"]')).toBeVisible();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    expect(await draftOn(page, 'composer')).toBe('');
    await expect(dialog.locator('a[href*="bit.ly"]')).toBeVisible();
    await dialog.locator('div[role="button"][aria-label="Post"]').click();
    expect(await postedOn(page)).toEqual([{ surface: 'composer', text: '', link: 'https://bit.ly/3abcxyz' }]);
  });

  test('hidden pre-rendered Lexical editors exist besides the visible ones', async () => {
    await page.goto(SITE_URL.facebook);
    const editors = page.locator('[data-lexical-editor="true"]');
    await expect(editors.first()).toBeAttached();
    const all = await editors.count();
    let visible = 0;
    for (let i = 0; i < all; i++) if (await editors.nth(i).isVisible()) visible++;
    // The two comment boxes, plus an aria-hidden chat tab parked off-screen that a size check calls visible.
    expect(visible).toBe(3);
    expect(all).toBeGreaterThanOrEqual(6);
  });

  test('comment: Shift+Enter breaks the line, Enter sends, the send button sends', async () => {
    await page.goto(`${SITE_URL.facebook}?lang=en`);
    const post = page.locator('[role="article"][aria-posinset="1"]');
    const box = post.locator('[data-lexical-editor="true"][aria-placeholder="Write a comment…"]');
    await box.click();
    await page.keyboard.type('first');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('second');
    expect(await draftOn(page, 'comment')).toBe('first\nsecond');
    await page.keyboard.press('Enter');
    await expect.poll(() => postedOn(page)).toEqual([{ surface: 'comment', text: 'first\nsecond' }]);
    expect(await draftOn(page, 'comment')).toBe('');
    await page.keyboard.type('by button');
    await post.locator('div[role="button"][aria-label="Comment"]').click();
    expect((await postedOn(page))[1]).toEqual({ surface: 'comment', text: 'by button' });
  });

  test('comment (vi): an Enter that ends an IME composition does not send', async () => {
    await page.goto(SITE_URL.facebook);
    const box = page.locator('[role="article"][aria-posinset="1"] [aria-placeholder="Viết bình luận..."]');
    await box.click();
    await page.keyboard.type('xin ');
    await enterWhileComposing(context, page, 'chà', 'chào');
    expect(await draftOn(page, 'comment')).toBe('xin chào');
    expect(await postedOn(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => postedOn(page)).toEqual([{ surface: 'comment', text: 'xin chào' }]);
  });

  test('share, old modal: "Share now" posts the caption with the shared link', async () => {
    await page.goto(`${SITE_URL.facebook}?lang=en&share=old`);
    const post = page.locator('[role="article"][aria-posinset="2"]');
    await post.locator('[data-ad-rendering-role="share_button"]').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('[aria-placeholder="Say something about this..."]').click();
    await page.keyboard.type('Có thật không?');
    await dialog.locator('div[role="button"][aria-label="Share now"]').click();
    expect(await postedOn(page)).toEqual([
      { surface: 'share-old', text: 'Có thật không?', link: 'https://bit.ly/3tinsoc' },
    ]);
    await expect(dialog).toBeHidden();
  });

  test('share, composer modal (vi): "Chia sẻ" posts', async () => {
    await page.goto(`${SITE_URL.facebook}?share=composer`);
    await page
      .locator('[role="article"][aria-posinset="1"] div[role="button"]')
      .filter({ has: page.locator('[data-ad-rendering-role="share_button"]') })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Chia sẻ' });
    await dialog.locator('div[role="button"][aria-label="Chia sẻ"]').click();
    expect(await postedOn(page)).toEqual([
      {
        surface: 'share-composer',
        text: '',
        link: 'https://baochinhphu.vn/chinh-phu-ban-hanh-nghi-dinh-moi.htm',
      },
    ]);
  });

  test('share, menu (vi): "Chia sẻ ngay (Công khai)" posts at once', async () => {
    await page.goto(`${SITE_URL.facebook}?share=menu`);
    await page
      .locator('[role="article"][aria-posinset="2"]')
      .getByRole('button', { name: 'Gửi nội dung này cho bạn bè hoặc đăng lên trang cá nhân của bạn.' })
      .click();
    await page.locator('div[role="menuitem"][aria-label="Chia sẻ ngay (Công khai)"]').click();
    expect(await postedOn(page)).toEqual([
      { surface: 'share-menu', text: '', link: 'https://bit.ly/3tinsoc' },
    ]);
  });
});

test.describe('tiktok', () => {
  test('comment: Enter posts the Draft.js text, Shift+Enter breaks the line, Post posts', async () => {
    await page.goto(`${SITE_URL.tiktokVideo}?lang=en`);
    const input = page.locator('[data-e2e="comment-input"] .public-DraftEditor-content[role="textbox"]');
    await input.click();
    await page.keyboard.type('hay quá');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('cảm ơn');
    expect(await draftOn(page, 'comment')).toBe('hay quá\ncảm ơn');
    await page.keyboard.press('Enter');
    await expect.poll(() => postedOn(page)).toEqual([{ surface: 'comment', text: 'hay quá\ncảm ơn' }]);
    await expect.poll(() => draftOn(page, 'comment')).toBe('');
    await page.keyboard.type('again');
    await page.locator('[data-e2e="comment-post"]').click();
    await expect.poll(async () => (await postedOn(page)).length).toBe(2);
    expect((await postedOn(page))[1]).toEqual({ surface: 'comment', text: 'again' });
  });

  test('comment (vi): an Enter inside an IME composition does not post', async () => {
    await page.goto(SITE_URL.tiktokVideo);
    await page.locator('[data-e2e="comment-input"] .public-DraftEditor-content').click();
    await page.keyboard.type('xin ');
    await enterWhileComposing(context, page, 'chà', 'chào');
    await expect.poll(() => draftOn(page, 'comment')).toBe('xin chào');
    expect(await postedOn(page)).toEqual([]);
  });

  test('repost (vi) posts the video once', async () => {
    await page.goto(SITE_URL.tiktokVideo);
    await page.getByRole('button', { name: 'Đăng lại' }).click();
    expect(await postedOn(page)).toEqual([
      { surface: 'repost', text: '', link: 'https://www.tiktok.com/@baotintuc/video/7300000000000000001' },
    ]);
  });

  test('Studio upload: Post is disabled while uploading, then "Post now" posts the caption', async () => {
    await page.goto(`${SITE_URL.tiktokStudio}?lang=en&uploadMs=1500`);
    const post = page.locator('button[data-e2e="post_video_button"]');
    await expect(post).toBeDisabled();
    await page.locator('.public-DraftEditor-content').click();
    await page.keyboard.type('Video mới');
    await page.keyboard.press('Enter');
    await page.keyboard.type('#tintuc');
    await expect(post).toBeEnabled();
    await post.click();
    await page.getByRole('button', { name: 'Post now' }).click();
    expect(await postedOn(page)).toEqual([{ surface: 'studio', text: 'Video mới\n#tintuc' }]);
  });

  test('legacy upload inside iframe[data-tt="Upload_index_iframe"] posts (vi)', async () => {
    await page.goto(SITE_URL.tiktokLegacyUpload);
    const frame = page.frameLocator('iframe[data-tt="Upload_index_iframe"]');
    await frame.locator('.public-DraftEditor-content').click();
    await page.keyboard.type('Trong khung');
    await frame.locator('button[data-e2e="post_video_button"]').click();
    await frame.getByRole('button', { name: 'Đăng ngay' }).click();
    expect(await postedOn(page)).toEqual([{ surface: 'studio', text: 'Trong khung' }]);
  });
});

test.describe('zalo', () => {
  test('Enter sends #richInput text; Send replaces the reaction button only while there is text', async () => {
    await page.goto(SITE_URL.zalo);
    const input = page.locator(
      '#chatInput #richInput[contenteditable][data-keybinding-context="mainChatInputFocus"]',
    );
    await expect(page.getByText('Nhập @, tin nhắn tới Trần Thị Bình')).toBeVisible();
    const send = page.locator('.chat-box-input-button[data-translate-title="STR_SEND"]');
    await expect(send).toHaveCount(0);
    await input.click();
    await page.keyboard.type('Dạ vâng');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('em tới ngay');
    await expect(send).toHaveAttribute('title', 'Gửi');
    expect(await draftOn(page, 'message')).toBe('Dạ vâng\nem tới ngay');
    await page.keyboard.press('Enter');
    expect(await postedOn(page)).toEqual([{ surface: 'message', text: 'Dạ vâng\nem tới ngay' }]);
    await expect(send).toHaveCount(0);
    await page.keyboard.type('ok');
    await send.click();
    expect((await postedOn(page))[1]).toEqual({ surface: 'message', text: 'ok' });
  });

  test('an Enter inside an IME composition does not send', async () => {
    await page.goto(SITE_URL.zalo);
    await page.locator('#richInput').click();
    await page.keyboard.type('xin ');
    await enterWhileComposing(context, page, 'chà', 'chào');
    expect(await draftOn(page, 'message')).toBe('xin chào');
    expect(await postedOn(page)).toEqual([]);
  });

  test('forward dialog (en): pick a contact, Share sends the message with its link', async () => {
    await page.goto(`${SITE_URL.zalo}?lang=en`);
    await page.locator('.chat-item[data-id="2"] [data-translate-title="STR_SHARE"]').click();
    const dialog = page.getByRole('dialog', { name: 'Share' });
    await expect(dialog.getByRole('button', { name: 'Share' })).toBeDisabled();
    await dialog.getByText('Lê Văn Cường').click();
    await dialog.getByRole('button', { name: 'Share' }).click();
    expect(await postedOn(page)).toEqual([
      {
        surface: 'forward',
        text: 'Xem cái này: https://bit.ly/3tinsoc chia sẻ ngay!',
        link: 'https://bit.ly/3tinsoc',
      },
    ]);
  });
});

test.describe('messenger (facebook.com chat window, /messages/, messenger.com)', () => {
  const BOX = 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';

  test('chat window beside the feed: Shift+Enter breaks the line, Enter sends, Send sends, Like when empty', async () => {
    await page.goto(SITE_URL.facebook);
    await expect(page.locator('[role="article"]').first()).toBeVisible();
    await page.getByRole('complementary', { name: 'Người liên hệ' }).getByText('Trần Thị Bình').click();
    const box = page.locator(`.chat-window ${BOX}[aria-label="Tin nhắn"][aria-placeholder="Aa"]`);
    await expect(page.locator('.chat-window').getByRole('button', { name: 'Gửi lượt thích' })).toBeVisible();
    await box.click();
    await page.keyboard.type('Dạ vâng');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('em tới ngay');
    expect(await draftOn(page, 'chat-popup')).toBe('Dạ vâng\nem tới ngay');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => postedOn(page))
      .toEqual([{ surface: 'chat-popup', text: 'Dạ vâng\nem tới ngay' }]);
    expect(await draftOn(page, 'chat-popup')).toBe('');
    await page.keyboard.type('ok');
    await page.locator('.chat-window').getByRole('button', { name: 'Nhấn Enter để gửi' }).click();
    expect((await postedOn(page))[1]).toEqual({ surface: 'chat-popup', text: 'ok' });
    // The feed is still there beside it, and its comment box still works.
    await page.locator('[role="article"][aria-posinset="1"]').locator(BOX).click();
    await page.keyboard.type('bình luận');
    await page.keyboard.press('Enter');
    expect((await postedOn(page))[2]).toEqual({ surface: 'comment', text: 'bình luận' });
  });

  test('chat window (vi): an Enter inside an IME composition does not send', async () => {
    await page.goto(`${SITE_URL.facebook}?chat=open`);
    await page.locator(`.chat-window ${BOX}`).click();
    await page.keyboard.type('xin ');
    await enterWhileComposing(context, page, 'chà', 'chào');
    expect(await draftOn(page, 'chat-popup')).toBe('xin chào');
    expect(await postedOn(page)).toEqual([]);
  });

  for (const [name, url] of [
    ['facebook.com/messages/t/', SITE_URL.facebookMessages],
    ['facebook.com/messages/e2ee/t/', SITE_URL.facebookMessagesE2ee],
    ['messenger.com', SITE_URL.messenger],
  ] as const) {
    test(`${name} (en): the conversation page sends on Enter and on Send`, async () => {
      await page.goto(`${url}?lang=en`);
      const main = page.getByRole('main', { name: 'Conversation with Trần Thị Bình' });
      await main.locator(`${BOX}[aria-label="Message"]`).click();
      await page.keyboard.type('Hello');
      await page.keyboard.press('Enter');
      await expect.poll(() => postedOn(page)).toEqual([{ surface: 'chat-page', text: 'Hello' }]);
      await page.keyboard.type('again');
      await main.getByRole('button', { name: 'Press Enter to send' }).click();
      expect((await postedOn(page))[1]).toEqual({ surface: 'chat-page', text: 'again' });
    });
  }

  test('forward a message: More → Forward, then a person’s Send sends it (and reads Sent)', async () => {
    await page.goto(SITE_URL.facebookMessages);
    const row = page.locator('[role="row"][data-message-id="2"]');
    await row.getByRole('button', { name: 'Xem thêm' }).click();
    await row.getByRole('menuitem', { name: 'Chuyển tiếp' }).click();
    const dialog = page.getByRole('dialog', { name: 'Chuyển tiếp' });
    const person = dialog.getByRole('listitem').filter({ hasText: 'Lê Văn Cường' });
    await person.getByRole('button', { name: 'Gửi' }).click();
    expect(await postedOn(page)).toEqual([
      {
        surface: 'forward',
        text: 'Xem cái này: https://bit.ly/3tinsoc chia sẻ ngay!',
        link: 'https://bit.ly/3tinsoc',
      },
    ]);
    await expect(person.getByRole('button', { name: 'Đã gửi' })).toBeVisible();
  });

  test('"Send in Messenger" from a post’s share menu (en): the note and the post go to a person', async () => {
    await page.goto(`${SITE_URL.facebook}?lang=en&share=menu`);
    await page
      .locator('[role="article"][aria-posinset="2"]')
      .getByRole('button', { name: 'Send this to friends or post it on your profile.' })
      .click();
    await page.getByRole('menuitem', { name: 'Send in Messenger' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send in Messenger' });
    await dialog.locator(BOX).click();
    await page.keyboard.type('xem nhé');
    await dialog
      .getByRole('listitem')
      .filter({ hasText: 'Phạm Thu Dung' })
      .getByRole('button', { name: 'Send' })
      .click();
    expect(await postedOn(page)).toEqual([
      { surface: 'send-post', text: 'xem nhé', link: 'https://bit.ly/3tinsoc' },
    ]);
  });

  test('?send=unknown: a send control with no role and no label still sends', async () => {
    await page.goto(`${SITE_URL.facebook}?chat=open&send=unknown`);
    await page.locator(`.chat-window ${BOX}`).click();
    await page.keyboard.type('chào');
    const control = page.locator('.chat-window .x1i10hfl');
    expect(await control.getAttribute('role')).toBeNull();
    expect(await control.getAttribute('aria-label')).toBeNull();
    await control.click();
    expect(await postedOn(page)).toEqual([{ surface: 'chat-popup', text: 'chào' }]);
  });
});

test.describe('current layouts (issue 13)', () => {
  test('zalo ?layout=v2: the newer Send button (no data-translate-title) sends', async () => {
    await page.goto(`${SITE_URL.zalo}?layout=v2`);
    await page.locator('#richInput').click();
    await page.keyboard.type('Dạ');
    const send = page.locator('div.z--btn--v2.chat-box-input-button.send-msg-btn');
    await expect(send.locator('i.fa.fa-Sent-msg_24_Line')).toBeVisible();
    expect(await send.getAttribute('data-translate-title')).toBeNull();
    await expect(page.locator('#chat-input-container-id')).toHaveCount(0);
    await send.click();
    expect(await postedOn(page)).toEqual([{ surface: 'message', text: 'Dạ' }]);
  });

  test('zalo ?layout=rtf: .input-v4 (random id) in .--rtf-mode; Shift+Enter breaks, Enter sends; the mode switch', async () => {
    await page.goto(`${SITE_URL.zalo}?layout=rtf`);
    await expect(page.locator('#richInput')).toHaveCount(0);
    const editor = page.locator('.chat-box-input-container.--rtf-mode .input-v4[contenteditable="true"]');
    expect(await editor.getAttribute('id')).toMatch(/^input-v4-[a-z0-9]+$/);
    await editor.click();
    await page.keyboard.type('TỐI MẬT');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('Số: 12');
    expect(await draftOn(page, 'message')).toBe('TỐI MẬT\nSố: 12');
    await page.keyboard.press('Enter');
    expect(await postedOn(page)).toEqual([{ surface: 'message', text: 'TỐI MẬT\nSố: 12' }]);
    await expect(editor.locator('[data-component="rtf-block"]')).toHaveCount(1);
    await page.getByTitle('Định dạng tin nhắn').click();
    await expect(page.locator('#richInput')).toBeVisible();
    await expect(editor).toHaveCount(0);
  });

  test('zalo ?layout=unknown: a send control of unknown shape sends', async () => {
    await page.goto(`${SITE_URL.zalo}?layout=unknown`);
    await page.locator('#richInput').click();
    await page.keyboard.type('ok');
    await page.locator('span.k7-send').click();
    expect(await postedOn(page)).toEqual([{ surface: 'message', text: 'ok' }]);
  });

  test('tiktok Studio ?postControl=div: the div Post control, inert while uploading', async () => {
    await page.goto(`${SITE_URL.tiktokStudio}?postControl=div&uploadMs=4000&confirm=0`);
    const post = page.locator('div[data-e2e="post_video_button"]');
    await expect(post).toHaveAttribute('aria-disabled', 'true');
    // force: Playwright would otherwise wait for aria-disabled to go (it counts as disabled).
    await post.click({ force: true });
    expect(await postedOn(page)).toEqual([]);
    await page.locator('.public-DraftEditor-content').click();
    await page.keyboard.type('Video mới');
    await expect(post).toHaveAttribute('aria-disabled', 'false');
    await post.click();
    expect(await postedOn(page)).toEqual([{ surface: 'studio', text: 'Video mới' }]);
  });
});
