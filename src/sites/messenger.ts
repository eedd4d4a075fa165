import type { Draft } from '../engine/types';
import { readEditorText } from './editor-text';
import { POST_CONTAINERS, firstOutboundLink, readPost, unwrapFacebookLink } from './facebook';
import { defineSite } from './site-definition';
import { labelMatches, LOCAL_PICTURES, namesOf, type Selector, type SiteExtras } from './surface-table';

// Messenger: the chat at facebook.com/messages/… (also /messages/e2ee/t/…), the chat windows that open at the
// bottom of every facebook.com page, and messenger.com where it still serves the web chat. Each selector says
// the page state it targets and where and when it was seen: "public code" = open-source bots and extensions
// (2024–2026; a puppeteer script on facebook.com/messages/e2ee/t/… in 2025 uses the send button's label);
// "issue 13" = the labels issue 13 gives for the message box (recorded 2026-12-01). Generated class names
// (x1n2onr6…) are never used; labels are in one table, vi and en, because Facebook changes them.

const LEXICAL_TEXTBOX = 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';
const ANY_TEXTBOX = '[role="textbox"][contenteditable="true"]';

/** The message box's names: aria-label "Tin nhắn"/"Message", aria-placeholder "Aa" (issue 13). */
const MESSAGE_BOX_LABELS = ['Tin nhắn', 'Message', 'Aa', 'Tin nhắn *', 'Message *', 'Nhắn tin *'];

/** The forward dialog of a message, and "Send in Messenger" for a post: a list of people, each with Send. */
const FORWARD_DIALOG: Selector = {
  css: '[role="dialog"]',
  labels: [
    'Chuyển tiếp',
    'Forward',
    'Chuyển tiếp tin nhắn',
    'Forward message',
    'Gửi bằng Messenger',
    'Send in Messenger',
    'Gửi',
    'Send',
    'Gửi cho',
    'Send to',
  ] /* the forward dialog ("Chuyển tiếp"/"Forward") and a post's "Gửi bằng Messenger"/"Send in Messenger" dialog; public code. Not a dialog named "Chia sẻ"/"Share": that is Facebook's share modal, whose editor is the post's caption */,
};

/** A message in a conversation, or a post in the feed: what a forward or a "Send in Messenger" carries. */
const MESSAGE_ROW = '[role="row"]';
const MESSAGE_TEXT = '[dir="auto"]';
const FORWARD_START = '[role="button"], button, [role="menuitem"]';
/** A person's Send in the forward dialog, before and after: never the start of a forward. */
const SEND_LABELS = ['Gửi', 'Send', 'Đã gửi', 'Sent'];

function readMessage(row: Element): Draft['shared'] {
  const parts = [...row.querySelectorAll(MESSAGE_TEXT)]
    // Nested dir="auto" blocks repeat their text: keep the outermost ones inside the row.
    .filter((el) => {
      const outer = el.parentElement?.closest(MESSAGE_TEXT);
      return !outer || !row.contains(outer);
    })
    .map((el) => readEditorText(el).trim())
    .filter(Boolean);
  const text = parts.length ? parts.join('\n') : readEditorText(row).trim();
  const url = firstOutboundLink(row);
  const shared: NonNullable<Draft['shared']> = {};
  if (text) shared.text = text.slice(0, 5000);
  if (url) shared.url = url;
  return shared;
}

/**
 * The forward dialog is a portal that shows neither the message nor the post it sends: both are remembered
 * from the press that started it (a message's "More"/"Forward" control, a post's Share button).
 */
function messengerExtras(): SiteExtras {
  let lastForwarded: WeakRef<Element> | null = null;
  return {
    unwrapLink: unwrapFacebookLink,
    notePointer(target) {
      const control = target.closest(FORWARD_START);
      if (!control) return;
      // A person's Send in the dialog (their row may be a role="row" too) must not replace what is sent.
      const names = [...namesOf(control), control.textContent ?? ''];
      if (names.some((name) => labelMatches(name, SEND_LABELS))) return;
      const source = control.closest(`${MESSAGE_ROW}, ${POST_CONTAINERS}`);
      if (source) lastForwarded = new WeakRef(source);
    },
    sharedPost(surface) {
      if (surface !== 'messenger-forward') return undefined;
      const source = lastForwarded?.deref();
      if (!source || !source.isConnected) return undefined;
      const shared = source.matches(MESSAGE_ROW) ? readMessage(source) : readPost(source);
      return shared && (shared.text || shared.author || shared.url) ? shared : undefined;
    },
  };
}

/**
 * Messenger. Its hosts are messenger.com's; on facebook.com its tables are tried before Facebook's own
 * (guestOf), and a press on them follows this entry's settings. Its default mode asks only for findings: a
 * chat is more private than a post, so a bare link is no reason to ask there (the options page and policy
 * change it like any site's mode, under `sites.messenger`).
 */
export const messenger = defineSite({
  id: 'messenger',
  names: { vi: 'Messenger', en: 'Messenger' },
  hosts: ['www.messenger.com', 'messenger.com'],
  guestOf: ['facebook'],
  defaults: { enabled: true, mode: 'findings-only' },
  surfaces: [
    // First: its "Gửi"/"Send" buttons sit in a dialog, away from any message box.
    {
      surface: 'messenger-forward',
      action: 'send',
      scopes: [FORWARD_DIALOG],
      editors: [
        {
          css: LEXICAL_TEXTBOX /* the optional note sent with a post ("Say something about this…"); public code */,
        },
        { css: ANY_TEXTBOX /* the optional note, older editor */ },
        { css: 'textarea' /* the optional note as a plain field */ },
      ],
      editorOptional: true,
      enterSends: false,
      submits: [
        {
          css: '[role="button"], button',
          labels: ['Gửi', 'Send'] /* a person's or group's "Gửi"/"Send" button in the list; public code */,
          // Once sent the same button reads "Đã gửi"/"Sent" and does nothing: exact labels only.
          unless: '[aria-label="Gửi lượt thích"], [aria-label="Send a Like"]',
        },
      ],
      linkCards: [{ css: 'a[href]' /* the post's preview card in "Send in Messenger" */ }],
    },
    {
      surface: 'messenger-chat',
      action: 'send',
      // A chat window (bottom of any facebook.com page) or the conversation of /messages/…: the box and its
      // send button sit a few levels apart; neither window has a stable container name in both languages.
      climb: 8,
      editors: [
        {
          css: LEXICAL_TEXTBOX,
          labels: MESSAGE_BOX_LABELS,
        } /* the message box (Lexical) of a chat window or of /messages/…; issue 13 */,
        {
          css: ANY_TEXTBOX,
          labels: MESSAGE_BOX_LABELS,
        } /* the message box without the Lexical marker (messenger.com, older builds) */,
        {
          css: `[aria-label="Thread composer"] ${ANY_TEXTBOX}, [role="main"][aria-label^="Conversation"] ${ANY_TEXTBOX}, [role="main"][aria-label^="Cuộc trò chuyện"] ${ANY_TEXTBOX}`,
        } /* fallback: any textbox of the composer or the conversation (a box whose label changed); public code */,
      ],
      submits: [
        {
          css: '[role="button"]',
          labels: ['Nhấn Enter để gửi', 'Press Enter to send'],
          byText: false,
        } /* the send button (shown instead of the Like once there is text); public code, 2025 */,
        {
          css: '[role="button"], button',
          labels: ['Gửi', 'Send', 'Gửi tin nhắn', 'Send message'],
          byText: false,
        } /* fallback: a send button named plainly */,
      ],
      enterSends: true,
      // A picture attached to the message ("Đính kèm file" / "Attach a file", or pasted), above the box.
      images: [LOCAL_PICTURES],
    },
  ],
  extras: messengerExtras,
});
