// Every guarded surface of the fixture sites, described once, so each spec runs the same scenarios on all
// of them: how to bring the surface up, where its editor is, how it sends, what the fixture records.
import { expect, type Frame, type Locator, type Page } from '@playwright/test';
import type { LinkVerdict } from '../../../src/engine/types';
import { SITE_URL } from './fixture-sites';

export type Scope = Page | Frame;
export type Lang = 'vi' | 'en';
/** Which page context to open with: `link` puts a risky link on the surface (a shared post, a message). */
export type Variant = 'clean' | 'link';

export interface SurfaceCase {
  name: string;
  site: 'facebook' | 'tiktok' | 'zalo';
  /** The language the scenarios use; the clean-post scenario uses the other one. */
  lang: Lang;
  /** The `surface` the fixture records in window.__posted. */
  recordedAs: string;
  /** The fixture's draft key (window.__draft); absent: the surface has no editor of its own. */
  draft?: string;
  /** Opens the page and brings the surface up (with its editor focused, when it has one). */
  open(page: Page, lang: Lang, variant: Variant): Promise<Scope>;
  editor?(scope: Scope): Locator;
  /** Ways the surface sends. */
  submits: ('click' | 'enter')[];
  click(scope: Scope, lang: Lang): Promise<void>;
  /** Steps the site asks after the guarded press (Studio's "Post now"). */
  finish?(scope: Scope, lang: Lang): Promise<void>;
  /** The link the fixture records with the post for each variant (shared post, forwarded message…). */
  linkOf?(variant: Variant): string | undefined;
  /** What the fixture records as the text when the surface has no editor (a forwarded message). */
  fixedText?(variant: Variant): string;
  /** The verdict the dialog must show for the `link` variant. */
  linkVerdict: LinkVerdict | 'any';
}

/**
 * A person's click on a submit control: real mouse events at its centre, with no retry. (Playwright's own
 * click would see the guard's dialog, opened at pointerdown, cover the target and click again and again.)
 */
export async function pressControl(control: Locator): Promise<void> {
  await control.waitFor({ state: 'visible' });
  await control.scrollIntoViewIfNeeded();
  const box = await control.boundingBox();
  if (!box) throw new Error('the control has no box');
  await control.page().mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

const l = (lang: Lang, vi: string, en: string) => (lang === 'vi' ? vi : en);
const q = (lang: Lang, extra = '') => `?lang=${lang}${extra}`;

export const RISKY_LINK = 'https://bit.ly/3abcxyz';
const FB_P1_LINK = 'https://baochinhphu.vn/chinh-phu-ban-hanh-nghi-dinh-moi.htm';
const FB_P2_LINK = 'https://bit.ly/3tinsoc';
const LEXICAL = 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';

async function clickFbShare(page: Page, variant: Variant, lang: Lang) {
  const post = page.locator(`[role="article"][aria-posinset="${variant === 'link' ? 2 : 1}"]`);
  await post
    .getByRole('button', {
      name: l(
        lang,
        'Gửi nội dung này cho bạn bè hoặc đăng lên trang cá nhân của bạn.',
        'Send this to friends or post it on your profile.',
      ),
    })
    .click();
}

function fbShareDialog(kind: 'old' | 'composer'): SurfaceCase {
  return {
    name:
      kind === 'old' ? 'facebook share (old modal, "Share now")' : 'facebook share (composer modal, "Share")',
    site: 'facebook',
    lang: kind === 'old' ? 'en' : 'vi',
    recordedAs: kind === 'old' ? 'share-old' : 'share-composer',
    draft: kind === 'old' ? 'share-old' : 'share-composer',
    async open(page, lang, variant) {
      await page.goto(SITE_URL.facebook + q(lang, `&share=${kind}`));
      await clickFbShare(page, variant, lang);
      const field = page.getByRole('dialog').locator(LEXICAL);
      await field.click();
      return page;
    },
    editor: (scope) => scope.getByRole('dialog').locator(LEXICAL),
    submits: ['click'],
    async click(scope, lang) {
      const label = kind === 'old' ? l(lang, 'Chia sẻ ngay', 'Share now') : l(lang, 'Chia sẻ', 'Share');
      await pressControl(scope.getByRole('dialog').locator(`div[role="button"][aria-label="${label}"]`));
    },
    linkOf: (variant) => (variant === 'link' ? FB_P2_LINK : FB_P1_LINK),
    linkVerdict: 'shortener',
  };
}

export const SURFACES: SurfaceCase[] = [
  {
    name: 'facebook Create post',
    site: 'facebook',
    lang: 'vi',
    recordedAs: 'composer',
    draft: 'composer',
    async open(page, lang) {
      await page.goto(SITE_URL.facebook + q(lang));
      await page
        .getByRole('button', { name: l(lang, 'Bạn đang nghĩ gì, Minh?', "What's on your mind, Minh?") })
        .click();
      await expect(page.getByRole('dialog').locator(LEXICAL)).toBeFocused();
      return page;
    },
    editor: (scope) => scope.getByRole('dialog').locator(LEXICAL),
    submits: ['click'],
    async click(scope, lang) {
      await pressControl(
        scope.getByRole('dialog').locator(`div[role="button"][aria-label="${l(lang, 'Đăng', 'Post')}"]`),
      );
    },
    linkVerdict: 'shortener',
  },
  {
    name: 'facebook comment',
    site: 'facebook',
    lang: 'en',
    recordedAs: 'comment',
    draft: 'comment',
    async open(page, lang) {
      await page.goto(SITE_URL.facebook + q(lang));
      await page.locator('[role="article"][aria-posinset="1"]').locator(LEXICAL).click();
      return page;
    },
    editor: (scope) => scope.locator('[role="article"][aria-posinset="1"]').locator(LEXICAL),
    submits: ['enter', 'click'],
    async click(scope, lang) {
      await pressControl(
        scope
          .locator('[role="article"][aria-posinset="1"]')
          .locator(`div[role="button"][aria-label="${l(lang, 'Đăng bình luận', 'Comment')}"]`),
      );
    },
    linkVerdict: 'shortener',
  },
  fbShareDialog('old'),
  fbShareDialog('composer'),
  {
    name: 'facebook share menu ("Share now (Public)")',
    site: 'facebook',
    lang: 'vi',
    recordedAs: 'share-menu',
    async open(page, lang, variant) {
      await page.goto(SITE_URL.facebook + q(lang, '&share=menu'));
      await clickFbShare(page, variant, lang);
      await expect(page.getByRole('menu')).toBeVisible();
      return page;
    },
    submits: ['click'],
    async click(scope, lang) {
      await pressControl(
        scope.locator(
          `div[role="menuitem"][aria-label="${l(lang, 'Chia sẻ ngay (Công khai)', 'Share now (Public)')}"]`,
        ),
      );
    },
    linkOf: (variant) => (variant === 'link' ? FB_P2_LINK : FB_P1_LINK),
    linkVerdict: 'shortener',
  },
  {
    name: 'tiktok comment',
    site: 'tiktok',
    lang: 'vi',
    recordedAs: 'comment',
    draft: 'comment',
    async open(page, lang) {
      await page.goto(SITE_URL.tiktokVideo + q(lang));
      await page.locator('[data-e2e="comment-input"] .public-DraftEditor-content').click();
      return page;
    },
    editor: (scope) => scope.locator('[data-e2e="comment-input"] .public-DraftEditor-content'),
    submits: ['enter', 'click'],
    async click(scope) {
      await pressControl(scope.locator('[data-e2e="comment-post"]'));
    },
    linkVerdict: 'shortener',
  },
  {
    name: 'tiktok Studio upload',
    site: 'tiktok',
    lang: 'en',
    recordedAs: 'studio',
    draft: 'studio',
    async open(page, lang) {
      await page.goto(SITE_URL.tiktokStudio + q(lang, '&uploadMs=200'));
      await page.locator('.public-DraftEditor-content').click();
      return page;
    },
    editor: (scope) => scope.locator('.public-DraftEditor-content'),
    submits: ['click'],
    async click(scope) {
      const post = scope.locator('button[data-e2e="post_video_button"]');
      await expect(post).toBeEnabled();
      await pressControl(post);
    },
    async finish(scope, lang) {
      await scope.getByRole('button', { name: l(lang, 'Đăng ngay', 'Post now') }).click();
    },
    linkVerdict: 'shortener',
  },
  {
    name: 'tiktok upload in iframe[data-tt="Upload_index_iframe"]',
    site: 'tiktok',
    lang: 'vi',
    recordedAs: 'studio',
    draft: 'studio',
    async open(page, lang) {
      await page.goto(SITE_URL.tiktokLegacyUpload + q(lang, '&uploadMs=200'));
      const frame = await (await page
        .locator('iframe[data-tt="Upload_index_iframe"]')
        .elementHandle())!.contentFrame();
      await frame!.locator('.public-DraftEditor-content').click();
      return frame!;
    },
    editor: (scope) => scope.locator('.public-DraftEditor-content'),
    submits: ['click'],
    async click(scope) {
      const post = scope.locator('button[data-e2e="post_video_button"]');
      await expect(post).toBeEnabled();
      await pressControl(post);
    },
    async finish(scope, lang) {
      await scope.getByRole('button', { name: l(lang, 'Đăng ngay', 'Post now') }).click();
    },
    linkVerdict: 'shortener',
  },
  {
    name: 'tiktok Repost',
    site: 'tiktok',
    lang: 'en',
    recordedAs: 'repost',
    async open(page, lang) {
      await page.goto(SITE_URL.tiktokVideo + q(lang));
      return page;
    },
    submits: ['click'],
    async click(scope, lang) {
      await pressControl(scope.getByRole('button', { name: l(lang, 'Đăng lại', 'Repost') }));
    },
    linkOf: () => SITE_URL.tiktokVideo,
    linkVerdict: 'any',
  },
  {
    name: 'zalo chat',
    site: 'zalo',
    lang: 'vi',
    recordedAs: 'message',
    draft: 'message',
    async open(page, lang) {
      await page.goto(SITE_URL.zalo + q(lang));
      await page.locator('#richInput').click();
      return page;
    },
    editor: (scope) => scope.locator('#richInput'),
    submits: ['enter', 'click'],
    async click(scope) {
      await pressControl(scope.locator('.chat-box-input-button[data-translate-title="STR_SEND"]'));
    },
    linkVerdict: 'shortener',
  },
  {
    name: 'zalo forward',
    site: 'zalo',
    lang: 'en',
    recordedAs: 'forward',
    async open(page, lang, variant) {
      await page.goto(SITE_URL.zalo + q(lang));
      await page
        .locator(`.chat-item[data-id="${variant === 'link' ? 2 : 1}"] [data-translate-title="STR_SHARE"]`)
        .click();
      const dialog = page.getByRole('dialog', { name: l(lang, 'Chia sẻ', 'Share') });
      await dialog.getByText('Lê Văn Cường').click();
      return page;
    },
    submits: ['click'],
    async click(scope, lang) {
      await pressControl(
        scope
          .getByRole('dialog', { name: l(lang, 'Chia sẻ', 'Share') })
          .getByRole('button', { name: l(lang, 'Chia sẻ', 'Share'), exact: true }),
      );
    },
    linkOf: (variant) => (variant === 'link' ? 'https://bit.ly/3tinsoc' : undefined),
    fixedText: (variant) =>
      variant === 'link'
        ? 'Xem cái này: https://bit.ly/3tinsoc chia sẻ ngay!'
        : 'Chào anh, chiều nay họp lúc 3 giờ nhé.',
    linkVerdict: 'shortener',
  },
];

// The current layouts seen live (issue 13): the same scenarios on the fixture variants that render them.
SURFACES.push(
  {
    name: 'zalo chat, newer Send button (?layout=v2: div.z--btn--v2.send-msg-btn, no data-translate-title)',
    site: 'zalo',
    lang: 'en',
    recordedAs: 'message',
    draft: 'message',
    async open(page, lang) {
      await page.goto(SITE_URL.zalo + q(lang, '&layout=v2'));
      await page.locator('#richInput').click();
      return page;
    },
    editor: (scope) => scope.locator('#richInput'),
    submits: ['click', 'enter'],
    async click(scope) {
      await pressControl(scope.locator('div.z--btn--v2.chat-box-input-button.send-msg-btn'));
    },
    linkVerdict: 'shortener',
  },
  {
    name: 'zalo chat, formatting mode (?layout=rtf: .input-v4 in .--rtf-mode)',
    site: 'zalo',
    lang: 'vi',
    recordedAs: 'message',
    draft: 'message',
    async open(page, lang) {
      await page.goto(SITE_URL.zalo + q(lang, '&layout=rtf'));
      await page.locator('.chat-box-input-container.--rtf-mode .input-v4').click();
      return page;
    },
    editor: (scope) => scope.locator('.chat-box-input-container.--rtf-mode .input-v4'),
    submits: ['enter', 'click'],
    async click(scope) {
      await pressControl(scope.locator('.send-msg-btn'));
    },
    linkVerdict: 'shortener',
  },
  {
    name: 'tiktok Studio upload, div Post control (?postControl=div)',
    site: 'tiktok',
    lang: 'vi',
    recordedAs: 'studio',
    draft: 'studio',
    async open(page, lang) {
      await page.goto(SITE_URL.tiktokStudio + q(lang, '&uploadMs=200&postControl=div'));
      await page.locator('.public-DraftEditor-content').click();
      return page;
    },
    editor: (scope) => scope.locator('.public-DraftEditor-content'),
    submits: ['click'],
    async click(scope) {
      const post = scope.locator('div[data-e2e="post_video_button"]');
      await expect(post).toHaveAttribute('aria-disabled', 'false');
      await pressControl(post);
    },
    async finish(scope, lang) {
      await scope.getByRole('button', { name: l(lang, 'Đăng ngay', 'Post now') }).click();
    },
    linkVerdict: 'shortener',
  },
);

export const otherLang = (lang: Lang): Lang => (lang === 'vi' ? 'en' : 'vi');

/** A draft that is fine by every built-in rule. */
export const CLEAN_TEXT = 'Chúc cả nhà một ngày làm việc hiệu quả';
/** Typed line by line (Shift+Enter between), as a pasted document header would arrive. */
export const STAMP_LINES = ['TỐI MẬT', 'Số: 12/QĐ-UBND', 'Về việc điều động cán bộ'];
