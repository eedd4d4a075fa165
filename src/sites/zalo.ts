import type { Draft } from '../engine/types';
import { readEditorText } from './editor-text';
import { defineSite } from './site-definition';
import { LOCAL_PICTURES, type SiteExtras } from './surface-table';

// Zalo web (chat.zalo.me). Each selector says the page state it targets and where and when it was seen:
// "public code" = open-source projects, 2024–2026 (reproduced by the fixture app, tests/fixtures/README.md);
// "live, issue 13" = markup captured from the live site, reported in issue 13 (recorded 2026-12-01).
// Zalo's own class names (chat-box-input-button, send-msg-btn) and data-translate-* keys are readable and
// stable, unlike generated ones; each control has a fallback that does not need the attribute above it.

/** The newer Send button's icon (an icon-font glyph class), kept when the button's own attributes change. */
const SEND_ICON = 'i[class*="fa-Sent-msg"], [class*="Sent-msg_"]';

const FORWARD_PREVIEW = '[data-id="forward-preview"], .forward-preview, .message-preview, .msg-preview';

function zaloExtras(): SiteExtras {
  return {
    sharedPost(surface, scope): Draft['shared'] {
      if (surface !== 'zalo-forward') return undefined;
      const preview = scope.querySelector(FORWARD_PREVIEW);
      const text = preview ? readEditorText(preview).trim() : '';
      return text ? { text } : undefined;
    },
  };
}

/** Zalo web: chats and message forwarding. */
export const zalo = defineSite({
  id: 'zalo',
  names: { vi: 'Zalo', en: 'Zalo' },
  hosts: ['chat.zalo.me'],
  surfaces: [
    {
      surface: 'zalo-chat',
      action: 'send',
      scopes: [
        { css: '#chatInput' /* the chat input area of an open conversation; public code */ },
        { css: '#chat-input-container-id' /* the chat input container (newer layout); public code */ },
        {
          css: '.chat-box-input-container' /* the input container, also in formatting mode (.--rtf-mode); live, issue 13 */,
        },
      ],
      climb: 6,
      editors: [
        {
          css: '#richInput' /* the message editor (contenteditable), placeholder "Nhập @, tin nhắn tới …"; public code */,
        },
        {
          css: '[data-keybinding-context^="mainChatInputFocus"][contenteditable="true"]' /* the message editor by its key-binding context; public code */,
        },
        {
          css: '.input-v4[contenteditable="true"], .input-v4 [contenteditable="true"]' /* formatting (rich-text) mode: #richInput replaced by .input-v4 with a random id inside .chat-box-input-container.--rtf-mode, lines in [data-component="rtf-block"]; live, issue 13 */,
        },
        {
          css: '.chat-box-input-container [contenteditable="true"], #chatInput [contenteditable="true"]' /* fallback: any editable in the chat input area (an editor whose id and class changed again) */,
        },
      ],
      submits: [
        {
          css: '.chat-box-input-button[data-translate-title="STR_SEND"]' /* the Send button (the Like button turns into it once there is text), title "Gửi"; public code */,
        },
        { css: '[data-translate-title="STR_SEND"]' /* the Send button in another wrapper; public code */ },
        {
          css: '.send-msg-btn' /* newer Send: div.z--btn--v2.chat-box-input-button.send-msg-btn holding i.fa.fa-Sent-msg_24_Line, no data-translate-title; live, issue 13 */,
        },
        {
          css: '.chat-box-input-button, [role="button"], button',
          has: SEND_ICON,
        } /* fallback: a button of the input area carrying the send glyph, whatever its own class; live, issue 13 (the glyph) */,
        {
          css: '.chat-box-input-button',
          labels: ['Gửi', 'Send'],
          byText: false,
        } /* fallback: an input-area button titled "Gửi"/"Send" (title or aria-label) */,
      ],
      enterSends: true,
      // A picture pasted into the box or chosen with "Gửi hình ảnh", in the send-preview above the box.
      images: [LOCAL_PICTURES],
    },
    {
      surface: 'zalo-forward',
      action: 'share',
      scopes: [
        {
          css: '[role="dialog"], .zl-modal, .modal',
          labels: [
            'Chia sẻ',
            'Share',
            'Chuyển tiếp',
            'Forward',
            'Chuyển tiếp tin nhắn',
            'Forward message',
          ] /* the forward/share dialog of a message; public code */,
        },
      ],
      editors: [
        { css: 'textarea' /* the optional note typed with the forward; public code */ },
        {
          css: '[contenteditable="true"]' /* the optional note typed with the forward (rich); public code */,
        },
      ],
      editorOptional: true,
      enterSends: false,
      submits: [
        {
          css: 'button, [role="button"]',
          labels: [
            'Chia sẻ',
            'Share',
            'Chuyển tiếp',
            'Forward',
            'Gửi',
            'Send',
          ] /* the dialog's commit button; public code */,
          // The Share icon on a message (title "Chia sẻ") opens this dialog; it sends nothing itself.
          unless: '[data-translate-title="STR_SHARE"]',
        },
      ],
      linkCards: [{ css: 'a[href^="http"]' /* links in the forwarded message preview */ }],
      images: [
        {
          css: `:is(${FORWARD_PREVIEW}) img` /* the forwarded message's picture in its preview (the preview's selectors are public code; a picture in it is modelled on the fixture, 2026-12-01) */,
        },
        LOCAL_PICTURES,
      ],
    },
  ],
  extras: zaloExtras,
});
