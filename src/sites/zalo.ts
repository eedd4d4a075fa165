import type { Draft } from '../engine/types';
import { readEditorText } from './editor-text';
import { defineSite } from './site-definition';
import type { SiteExtras } from './surface-table';

// Zalo web (chat.zalo.me). Sources: open-source bots and extensions (2024–2026), reproduced by the fixture
// app (tests/fixtures/README.md).
// Zalo's own class names (chat-box-input-button) and data-translate-* keys are readable and stable, unlike
// generated ones.

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
        { css: '#chatInput' /* the chat input area of an open conversation */ },
        { css: '#chat-input-container-id' /* the chat input container (newer layout) */ },
      ],
      climb: 6,
      editors: [
        {
          css: '#richInput' /* the message editor (contenteditable), placeholder "Nhập @, tin nhắn tới …" */,
        },
        {
          css: '[data-keybinding-context^="mainChatInputFocus"][contenteditable="true"]' /* the message editor by its key-binding context */,
        },
      ],
      submits: [
        {
          css: '.chat-box-input-button[data-translate-title="STR_SEND"]' /* the Send button (the Like button turns into it once there is text), title "Gửi" */,
        },
        { css: '[data-translate-title="STR_SEND"]' /* the Send button in another wrapper */ },
      ],
      enterSends: true,
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
          ] /* the forward/share dialog of a message */,
        },
      ],
      editors: [
        { css: 'textarea' /* the optional note typed with the forward */ },
        { css: '[contenteditable="true"]' /* the optional note typed with the forward (rich) */ },
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
          ] /* the dialog's commit button */,
          // The Share icon on a message (title "Chia sẻ") opens this dialog; it sends nothing itself.
          unless: '[data-translate-title="STR_SHARE"]',
        },
      ],
      linkCards: [{ css: 'a[href^="http"]' /* links in the forwarded message preview */ }],
    },
  ],
  extras: zaloExtras,
});
