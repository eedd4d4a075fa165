import type { Draft } from '../engine/types';
import { readEditorText } from './editor-text';
import { defineSite } from './site-definition';
import type { SiteExtras } from './surface-table';

// TikTok web and TikTok Studio. Each selector says the page state it targets and where and when it was seen:
// "public code" = open-source projects, 2024–2026 (reproduced by the fixture app, tests/fixtures/README.md);
// "live, issue 13" = markup captured from the live site, reported in issue 13 (recorded 2026-12-01).
// TikTok marks its controls with data-e2e attributes, which are meant for its own tests and change rarely:
// they are matched on any element, since the element behind one has changed (button → div).

const DRAFT_EDITOR = '.public-DraftEditor-content[contenteditable="true"]';

const VIDEO_TEXT = '[data-e2e="browse-video-desc"], [data-e2e="video-desc"]';
const VIDEO_AUTHOR =
  '[data-e2e="browse-username"], [data-e2e="video-author-uniqueid"], [data-e2e="video-author-nickname"]';

function tiktokExtras(): SiteExtras {
  return {
    sharedPost(surface, scope): Draft['shared'] {
      if (surface !== 'repost') return undefined;
      const text = scope.querySelector(VIDEO_TEXT);
      const author = scope.querySelector(VIDEO_AUTHOR);
      const shared: NonNullable<Draft['shared']> = {};
      const description = text ? readEditorText(text).trim() : '';
      if (description) shared.text = description;
      const name = author?.textContent?.trim();
      if (name) shared.author = name;
      const location = scope.ownerDocument.defaultView?.location;
      if (location && /\/video\//.test(location.pathname)) shared.url = location.origin + location.pathname;
      return shared.text || shared.author ? shared : undefined;
    },
  };
}

/** TikTok web and TikTok Studio (whose upload page may sit in an iframe: the content script runs in all frames). */
export const tiktok = defineSite({
  id: 'tiktok',
  names: { vi: 'TikTok', en: 'TikTok' },
  hosts: ['www.tiktok.com'],
  surfaces: [
    {
      surface: 'comment',
      action: 'post',
      climb: 6,
      editors: [
        {
          css: `[data-e2e="comment-input"] ${DRAFT_EDITOR}` /* comment box under a video (Draft.js editor); public code */,
        },
        {
          css: '[data-e2e="comment-input"] [role="textbox"][contenteditable="true"]' /* comment box, textbox role; public code */,
        },
        { css: '[data-e2e="comment-input"] [contenteditable="true"]' /* comment box, any editable */ },
      ],
      submits: [
        {
          css: '[data-e2e="comment-post"]' /* the comment "Post"/"Đăng" control (enabled state shown by colour only); public code */,
        },
      ],
      enterSends: true,
    },
    {
      surface: 'studio-caption',
      action: 'post',
      // /tiktokstudio/upload (earlier /creator-center/upload), sometimes inside iframe[data-tt=Upload_index_iframe]:
      // the content script runs in all frames, so the frame's own body is the scope.
      scopes: [{ css: 'body' /* the Studio upload page (or its upload iframe) */ }],
      editors: [
        {
          css: `[data-e2e="caption_container"] ${DRAFT_EDITOR}` /* the caption editor in its container; public code */,
        },
        {
          css: DRAFT_EDITOR /* the caption editor (the only Draft.js editor on the upload page); public code */,
        },
      ],
      submits: [
        {
          css: '[data-e2e="post_video_button"]' /* the Studio "Post" control, disabled while uploading: a button (public code) or a div (live, issue 13). The "Post now" confirm that may follow is not guarded: the person already answered at this press. */,
        },
      ],
      enterSends: false,
      attachments: [
        { css: '[data-e2e="upload_file_name"], .info-main .file-name' /* the uploaded file name */ },
      ],
    },
    {
      surface: 'repost',
      action: 'share',
      scopes: [
        { css: '[data-e2e="recommend-list-item-container"]' /* a video in the For You feed */ },
        { css: '[data-e2e="browse-video"], [data-e2e="video-detail"]' /* a video page */ },
        { css: 'body' /* any page with one video in view */ },
      ],
      editors: [],
      editorOptional: true,
      enterSends: false,
      submits: [
        {
          css: '[data-e2e="video-repost"], [data-e2e="video-share-repost"], [data-e2e="repost-button"]',
          // Once reposted the same button reads "Reposted"/"Đã đăng lại" and undoes it: not a post.
          labels: [
            'Repost',
            'Đăng lại',
          ] /* the Repost button beside a video / the Repost item of the share panel; public code */,
        },
        {
          css: 'button, [role="button"]',
          labels: ['Repost', 'Đăng lại'] /* a Repost button by its name */,
        },
      ],
    },
  ],
  extras: tiktokExtras,
});
