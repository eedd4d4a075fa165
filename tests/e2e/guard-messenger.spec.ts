// The guard on Messenger (issue 13): the chat window beside the Facebook feed, the whole-page chat of
// facebook.com/messages/… and messenger.com, and the forward dialog. Same rules, dialog, replay-once and IME
// behaviour as Zalo; a chat starts at findings-only (Messenger's own default), so a bare link goes out
// unasked while a rumour or a stamped document asks. Built-in packs, as published by the background.
import { test, expect, type Page } from '@playwright/test';
import { DEFAULT_GUARD_SETTINGS, type GuardMode } from '../../src/settings/guard-settings-shape';
import { serviceWorkerOf } from './support/extension';
import { SITE_URL, draftOn, postedOn } from './support/fixture-sites';
import {
  backToEdit,
  guardLanded,
  postAnyway,
  settle,
  startGuardSession,
  wrDialog,
  type GuardSession,
} from './support/guard-harness';
import { enterWhileComposing } from './support/ime';
import { CLEAN_TEXT, STAMP_LINES, pressControl } from './support/surfaces';

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

const BOX = 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';
const RUMOUR = 'NÓNG!!! nghe nói sắp đổi tiền, chia sẻ ngay trước khi bị xóa';
const KNOWN_LINK = 'Xem bài này https://vnexpress.net/thoi-tiet-hom-nay';

interface ChatCase {
  name: string;
  lang: 'vi' | 'en';
  recordedAs: string;
  open(page: Page): Promise<void>;
  box(page: Page): ReturnType<Page['locator']>;
  send(page: Page): ReturnType<Page['locator']>;
}

const l = (lang: 'vi' | 'en', vi: string, en: string) => (lang === 'vi' ? vi : en);

function pageChat(name: string, url: string, lang: 'vi' | 'en'): ChatCase {
  const main = (page: Page) =>
    page.getByRole('main', {
      name: l(lang, 'Cuộc trò chuyện với Trần Thị Bình', 'Conversation with Trần Thị Bình'),
    });
  return {
    name,
    lang,
    recordedAs: 'chat-page',
    async open(page) {
      await page.goto(`${url}?lang=${lang}`);
      await main(page).locator(BOX).click();
    },
    box: (page) => main(page).locator(BOX),
    send: (page) =>
      main(page).getByRole('button', { name: l(lang, 'Nhấn Enter để gửi', 'Press Enter to send') }),
  };
}

const CHATS: ChatCase[] = [
  {
    name: 'chat window beside the feed (facebook.com)',
    lang: 'vi',
    recordedAs: 'chat-popup',
    async open(page) {
      await page.goto(SITE_URL.facebook);
      await page.getByRole('complementary', { name: 'Người liên hệ' }).getByText('Trần Thị Bình').click();
      await page.locator(`.chat-window ${BOX}`).click();
    },
    box: (page) => page.locator(`.chat-window ${BOX}`),
    send: (page) => page.locator('.chat-window').getByRole('button', { name: 'Nhấn Enter để gửi' }),
  },
  pageChat('facebook.com/messages/t/…', SITE_URL.facebookMessages, 'en'),
  pageChat('messenger.com', SITE_URL.messenger, 'vi'),
];

test.skip(!guardLanded, 'the guard is not in this build');
test.describe.configure({ timeout: 30_000 });

let session: GuardSession;
let page: Page;

/** The guard settings: the overall mode, and Messenger's entry as given (absent: its default). */
async function setSettings(overall: GuardMode, messenger?: { enabled: boolean; mode?: GuardMode }) {
  const worker = await serviceWorkerOf(session.context);
  const settings = {
    ...DEFAULT_GUARD_SETTINGS,
    mode: overall,
    sites: { ...DEFAULT_GUARD_SETTINGS.sites, ...(messenger ? { messenger } : {}) },
  };
  await worker.evaluate((value) => chrome.storage.local.set({ guardSettings: value }), settings);
}

async function typeLines(lines: readonly string[]) {
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press('Shift+Enter');
    await page.keyboard.type(line);
  }
}

async function expectPostedOnce(expected: { surface: string; text: string; link?: string }) {
  await expect.poll(() => postedOn(page)).toHaveLength(1);
  await settle(page, 250);
  expect(await postedOn(page)).toEqual([expected]);
}

async function expectNothingPosted() {
  await settle(page);
  expect(await postedOn(page)).toEqual([]);
}

test.beforeAll(async () => {
  session = await startGuardSession();
});
test.afterAll(async () => {
  await session?.close();
});
test.beforeEach(async () => {
  page = await session.context.newPage();
  await setSettings('links-and-findings');
});
test.afterEach(async () => {
  await page?.close();
});

test('Messenger starts at findings-only, shown as its own mode on the options page', async () => {
  expect(DEFAULT_GUARD_SETTINGS.sites.messenger).toEqual({ enabled: true, mode: 'findings-only' });
  const worker = await serviceWorkerOf(session.context);
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  const row = page.locator('[data-testid="wr-site"][data-site="messenger"]');
  await expect(row).toContainText('Messenger');
  await expect(row.getByTestId('wr-site-mode')).toHaveValue('findings-only');
  await expect(row.getByTestId('wr-site-enabled')).toBeChecked();
});

for (const c of CHATS) {
  test.describe(c.name, () => {
    test(`a clean message goes out at once, by Enter and by Send (${c.lang})`, async () => {
      await c.open(page);
      await page.keyboard.type(CLEAN_TEXT);
      await page.keyboard.press('Enter');
      await expectPostedOnce({ surface: c.recordedAs, text: CLEAN_TEXT });
      await page.keyboard.type('ok');
      await pressControl(c.send(page));
      await expect.poll(async () => (await postedOn(page)).length).toBe(2);
      await expect(wrDialog(page)).toHaveCount(0);
    });

    test(`a bare link goes out unasked in a chat, though the overall mode asks for links (${c.lang})`, async () => {
      await c.open(page);
      await page.keyboard.type(KNOWN_LINK);
      await page.keyboard.press('Enter');
      await expect(wrDialog(page)).toHaveCount(0);
      await expectPostedOnce({ surface: c.recordedAs, text: KNOWN_LINK });
    });

    test(`a rumour asks (Enter); back to edit keeps the draft, focused (${c.lang})`, async () => {
      await c.open(page);
      await page.keyboard.type(RUMOUR);
      await page.keyboard.press('Enter');
      const dialog = wrDialog(page);
      await expect(dialog).toBeVisible();
      await expect(dialog.locator('[data-testid="wr-finding"][data-rule-id="rumour"]')).toBeVisible();
      await expectNothingPosted();
      await backToEdit(page);
      await expect(c.box(page)).toBeFocused();
      expect(await draftOn(page, c.recordedAs)).toBe(RUMOUR);
      await expectNothingPosted();
    });

    test(`a stamped document asks (Send); post anyway sends it once, as typed (${c.lang})`, async () => {
      await c.open(page);
      await typeLines(STAMP_LINES);
      const draft = STAMP_LINES.join('\n');
      expect(await draftOn(page, c.recordedAs)).toBe(draft);
      await pressControl(c.send(page));
      const dialog = wrDialog(page);
      await expect(dialog).toBeVisible();
      await expect(dialog.locator('[data-testid="wr-finding"][data-rule-id="secrecy-stamp"]')).toBeVisible();
      await expectNothingPosted();
      await postAnyway(page);
      await expectPostedOnce({ surface: c.recordedAs, text: draft });
    });

    test(`an IME Enter and Shift+Enter never send, even with a stamp in the box (${c.lang})`, async () => {
      await c.open(page);
      await page.keyboard.type('TỐI MẬT');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('xin ');
      await enterWhileComposing(session.context, page, 'chà', 'chào');
      await expectNothingPosted();
      await expect(wrDialog(page)).toHaveCount(0);
      await expect.poll(() => draftOn(page, c.recordedAs)).toBe('TỐI MẬT\nxin chào');
      // The same Enter outside a composition is a send, and asks.
      await page.keyboard.press('Enter');
      await expect(wrDialog(page)).toBeVisible();
      await backToEdit(page);
      await expectNothingPosted();
    });
  });
}

test.describe('one page, two sites: the chat follows Messenger’s settings, the comment Facebook’s', () => {
  test('the same bare link asks in a comment and not in the chat window beside it', async () => {
    await CHATS[0]!.open(page);
    await page.keyboard.type(KNOWN_LINK);
    await page.keyboard.press('Enter');
    await expect.poll(() => postedOn(page)).toEqual([{ surface: 'chat-popup', text: KNOWN_LINK }]);
    await page.locator('[role="article"][aria-posinset="1"]').locator(BOX).click();
    await page.keyboard.type(KNOWN_LINK);
    await page.keyboard.press('Enter');
    await expect(wrDialog(page)).toBeVisible();
    await backToEdit(page);
    expect(await postedOn(page)).toHaveLength(1);
  });

  test('Messenger set to links-and-findings asks for the link; Messenger switched off asks nothing', async () => {
    await setSettings('findings-only', { enabled: true, mode: 'links-and-findings' });
    await CHATS[0]!.open(page);
    await page.keyboard.type(KNOWN_LINK);
    await page.keyboard.press('Enter');
    await expect(wrDialog(page)).toBeVisible();
    await backToEdit(page);
    await expectNothingPosted();

    await setSettings('always', { enabled: false });
    await page.reload();
    await CHATS[0]!.open(page);
    await typeLines(STAMP_LINES);
    await page.keyboard.press('Enter');
    await expectPostedOnce({ surface: 'chat-popup', text: STAMP_LINES.join('\n') });
    await expect(wrDialog(page)).toHaveCount(0);
  });
});

test.describe('forward', () => {
  async function forward(which: 1 | 2, lang: 'vi' | 'en') {
    await page.goto(`${SITE_URL.facebookMessages}?lang=${lang}`);
    const row = page.locator(`[role="row"][data-message-id="${which}"]`);
    await row.getByRole('button', { name: l(lang, 'Xem thêm', 'More') }).click();
    await row.getByRole('menuitem', { name: l(lang, 'Chuyển tiếp', 'Forward') }).click();
    const dialog = page.getByRole('dialog', { name: l(lang, 'Chuyển tiếp', 'Forward') });
    return dialog
      .getByRole('listitem')
      .filter({ hasText: 'Lê Văn Cường' })
      .getByRole('button', { name: l(lang, 'Gửi', 'Send'), exact: true });
  }

  test('a clean message is forwarded at once (en)', async () => {
    await pressControl(await forward(1, 'en'));
    await expect(wrDialog(page)).toHaveCount(0);
    await expectPostedOnce({ surface: 'forward', text: 'Chào chị, chiều nay họp lúc 3 giờ nhé.' });
  });

  test('a message with a shortened link asks; post anyway forwards it once (vi)', async () => {
    await pressControl(await forward(2, 'vi'));
    const dialog = wrDialog(page);
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('[data-testid="wr-link"][data-verdict="shortener"]').first()).toBeVisible();
    await expectNothingPosted();
    await postAnyway(page);
    await expectPostedOnce({
      surface: 'forward',
      text: 'Xem cái này: https://bit.ly/3tinsoc chia sẻ ngay!',
      link: 'https://bit.ly/3tinsoc',
    });
  });

  test('"Send in Messenger" for a post with a shortened link asks; back to edit sends nothing (en)', async () => {
    await page.goto(`${SITE_URL.facebook}?lang=en&share=menu`);
    await page
      .locator('[role="article"][aria-posinset="2"]')
      .getByRole('button', { name: 'Send this to friends or post it on your profile.' })
      .click();
    await page.getByRole('menuitem', { name: 'Send in Messenger' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send in Messenger' });
    await pressControl(
      dialog.getByRole('listitem').filter({ hasText: 'Phạm Thu Dung' }).getByRole('button', { name: 'Send' }),
    );
    await expect(wrDialog(page)).toBeVisible();
    await expect(
      wrDialog(page).locator('[data-testid="wr-link"][data-verdict="shortener"]').first(),
    ).toBeVisible();
    await backToEdit(page);
    await expectNothingPosted();
  });
});
