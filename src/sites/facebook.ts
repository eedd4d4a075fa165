import type { Draft } from '../engine/types';
import { readEditorText } from './editor-text';
import { defineSite } from './site-definition';
import { LOCAL_PICTURES, type Selector, type SiteExtras } from './surface-table';

// Facebook (www., web., m.). Each selector's comment says the page state it targets. Where it was seen: every
// selector here is from public code (open-source bots and extensions, 2024–2026, reproduced by the fixture
// app, tests/fixtures/README.md) unless its comment says "live, issue 13" (markup captured from the live
// site, reported in issue 13, recorded 2026-12-01). Generated class names (x1n2onr6…) change: none are used.
// Messenger's chat on these pages is messenger.ts's (a guest on facebook.com pages).

/** Lexical editors Facebook renders; scoped by the surface container, because hidden ones are pre-rendered. */
const LEXICAL_TEXTBOX = 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';
const ANY_TEXTBOX = '[role="textbox"][contenteditable="true"]';

/** The feed post's own Share button (opens the share menu or dialog); never a submit itself. */
const FEED_SHARE_BUTTON = '[data-ad-rendering-role="share_button"]';
const FEED_SHARE_LABELS = [
  'Send this to friends or post it on your profile.',
  'Gửi nội dung này cho bạn bè hoặc đăng lên trang cá nhân của bạn.',
];

/** A post in the feed (or a permalink): where a share starts from. */
export const POST_CONTAINERS = '[role="article"], [aria-posinset], [data-pagelet^="FeedUnit"]';

const COMPOSER_DIALOG: Selector = {
  css: 'div[role="dialog"]',
  labels: [
    'Create post',
    'Tạo bài viết',
    'Edit post',
    'Chỉnh sửa bài viết',
    'Create Post',
  ] /* the "Create post" composer dialog (home feed, profile, group) */,
};

const POST_BUTTON: Selector = {
  css: '[role="button"]',
  labels: [
    'Post',
    'Đăng',
  ] /* the composer's Post button (div[role=button] with an overlay child, resolved via closest) */,
};

const COMMENT_EDITOR: Selector = {
  css: ANY_TEXTBOX,
  labels: [
    'Write a comment…',
    'Write a comment...',
    'Write a public comment…',
    'Write a public comment...',
    'Write a reply…',
    'Write a reply...',
    'Comment as *',
    'Reply as *',
    'Viết bình luận…',
    'Viết bình luận...',
    'Viết bình luận công khai…',
    'Viết bình luận công khai...',
    'Viết phản hồi…',
    'Viết phản hồi...',
    'Bình luận dưới tên *',
    'Phản hồi dưới tên *',
  ] /* a comment or reply box under a post (Lexical; aria-label/aria-placeholder carry the prompt) */,
};

/** Links on the surface: Facebook wraps outbound links in l.facebook.com/l.php?u=… (unwrapped below). */
const OUTBOUND_LINKS: Selector = {
  css: 'a[href]' /* link-preview card and links of a shared post (internal facebook.com links are dropped) */,
};

/**
 * l.facebook.com/l.php?u=… (l.messenger.com in chats) → the real address; internal Facebook links → null (not
 * a shared link).
 */
export function unwrapFacebookLink(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href, 'https://www.facebook.com/');
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase();
  if (host === 'l.facebook.com' || host === 'lm.facebook.com' || host === 'l.messenger.com') {
    const target = url.searchParams.get('u');
    return target && /^https?:\/\//i.test(target) ? target : null;
  }
  if (/(^|\.)(facebook\.com|fb\.com|fbcdn\.net|messenger\.com)$/.test(host)) return null;
  return url.href;
}

const POST_TEXT =
  '[data-ad-preview="message"], [data-ad-rendering-role="story_message"], [data-ad-comet-preview="message"]';
const POST_AUTHOR = '[data-ad-rendering-role="profile_name"], h2, h3, h4, strong';

/** The first link in `container` that leads off Facebook (redirects unwrapped), if any. */
export function firstOutboundLink(container: Element): string | undefined {
  for (const a of container.querySelectorAll('a[href]')) {
    const href = unwrapFacebookLink(a.getAttribute('href') ?? '');
    if (href) return href;
  }
  return undefined;
}

/** What a feed post would carry when shared: its text, author and first outbound link. */
export function readPost(post: Element): Draft['shared'] {
  const textEl = post.querySelector(POST_TEXT);
  const authorEl = post.querySelector(POST_AUTHOR);
  const url = firstOutboundLink(post);
  const shared: NonNullable<Draft['shared']> = {};
  const text = textEl ? readEditorText(textEl).trim() : '';
  if (text) shared.text = text;
  const author = authorEl?.textContent?.trim();
  if (author) shared.author = author;
  if (url) shared.url = url;
  return shared;
}

/** The share menu and share modals are portals: the post they share is remembered from the Share press. */
function facebookExtras(): SiteExtras {
  let lastSharedPost: WeakRef<Element> | null = null;
  return {
    unwrapLink: unwrapFacebookLink,
    notePointer(target) {
      const shareButton = target.closest(`${FEED_SHARE_BUTTON}, [role="button"]`);
      if (!shareButton) return;
      const isShare =
        shareButton.matches(FEED_SHARE_BUTTON) ||
        shareButton.querySelector(FEED_SHARE_BUTTON) !== null ||
        FEED_SHARE_LABELS.includes(shareButton.getAttribute('aria-label') ?? '');
      if (!isShare) return;
      const post = shareButton.closest(POST_CONTAINERS);
      if (post) lastSharedPost = new WeakRef(post);
    },
    sharedPost(surface, scope) {
      if (surface !== 'share-dialog' && surface !== 'share-menu') return undefined;
      // A share modal usually previews the post inside itself; the menu never does.
      const inside = scope.querySelector(POST_CONTAINERS);
      const post = inside ?? lastSharedPost?.deref();
      if (!post || !post.isConnected) return undefined;
      const shared = readPost(post);
      return shared && (shared.text || shared.author || shared.url) ? shared : undefined;
    },
  };
}

/**
 * Facebook: www., web. (served in some regions instead of www.) and m. (the mobile site). The surfaces are
 * tried in order: the share menu first, because its sheet variant is a dialog like the composer.
 */
export const facebook = defineSite({
  id: 'facebook',
  names: { vi: 'Facebook', en: 'Facebook' },
  hosts: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com'],
  surfaces: [
    {
      surface: 'share-menu',
      action: 'share',
      // The share menu posts at once on this item: there is no editor and no second step to ask at.
      scopes: [
        { css: '[role="menu"]' /* the share menu opened from a post's Share button */ },
        { css: 'div[role="dialog"]' /* the share menu rendered as a sheet */ },
      ],
      editors: [],
      editorOptional: true,
      enterSends: false,
      submits: [
        {
          css: '[role="menuitem"]',
          labels: [
            'Share now (*',
            'Chia sẻ ngay (*',
            'Share now',
            'Chia sẻ ngay',
          ] /* one-click "Share now (Public)" / "Chia sẻ ngay (Công khai)" menu item */,
        },
      ],
    },
    {
      surface: 'composer',
      action: 'post',
      scopes: [COMPOSER_DIALOG],
      editors: [
        { css: LEXICAL_TEXTBOX /* the composer's Lexical editor */ },
        { css: ANY_TEXTBOX /* an older composer editor */ },
      ],
      submits: [POST_BUTTON],
      enterSends: false,
      linkCards: [OUTBOUND_LINKS],
      // The thumbnails of photos added with "Ảnh/video" / "Photo/video" (or pasted) in the composer.
      images: [LOCAL_PICTURES],
    },
    {
      surface: 'share-dialog',
      action: 'share',
      // Three A/B variants: the old modal ("Share now" + "Say something about this..."), the newer composer
      // modal whose commit button is "Share", and the "Share to Feed" composer with "Post".
      scopes: [
        {
          css: 'div[role="dialog"]' /* a share modal (any variant) opened from a post's Share button; in Vietnamese it is named only through aria-labelledby ("Chia sẻ"), live, issue 13: no label is required here */,
        },
      ],
      editors: [
        { css: LEXICAL_TEXTBOX /* the share composer's Lexical editor */ },
        { css: ANY_TEXTBOX /* the old share modal's "Say something about this..." field */ },
      ],
      editorOptional: true,
      enterSends: false,
      submits: [
        {
          css: '[role="button"], button',
          labels: [
            'Share now',
            'Chia sẻ ngay',
            'Share',
            'Chia sẻ',
            'Post',
            'Đăng',
          ] /* the commit button of a share modal */,
          unless: `${FEED_SHARE_BUTTON}, ${POST_CONTAINERS}`,
        },
      ],
      linkCards: [OUTBOUND_LINKS],
    },
    {
      surface: 'comment',
      action: 'post',
      climb: 8,
      editors: [COMMENT_EDITOR],
      enterSends: true,
      submits: [
        {
          css: '[role="button"], button',
          labels: [
            'Đăng bình luận',
            'Post comment',
            'Comment',
            'Bình luận',
            'Submit your comment',
            'Gửi bình luận',
          ] /* the submit button newer layouts put inside the comment box */,
          // The feed's own "Comment" action shows the same text (its aria-label is "Leave a comment"): names only.
          byText: false,
          unless: FEED_SHARE_BUTTON,
        },
      ],
    },
  ],
  extras: facebookExtras,
});
