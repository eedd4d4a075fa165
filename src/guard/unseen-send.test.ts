// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAdapter, type SiteId } from '../sites';
import { UNSEEN_SEND_CHECKS_MS, describeElement, watchUnseenSends } from './unseen-send';

const LAST_CHECK = UNSEEN_SEND_CHECKS_MS[UNSEEN_SEND_CHECKS_MS.length - 1]!;
const DRAFT = 'Họp lúc 3 giờ nhé';

/** Zalo's chat with a send control of a shape no selector knows, beside a recognised editor. */
const ZALO = `<nav><div class="conv-item" tabindex="0">Lê Văn Cường</div><a href="/c/2" class="conv-link">Nhóm</a></nav>
  <div id="chatInput"><div id="chat-input-container-id">
    <div><div id="richInput" contenteditable="true"></div></div>
    <span class="k7-send x9f619" tabindex="0" data-id="btn-send"><svg class="ic"></svg></span>
    <div class="chat-box-input-button send-msg-btn"><i class="fa fa-Sent-msg_24_Line"></i></div>
    <div role="button" aria-label="Hủy trả lời" class="cancel-reply">✕</div>
  </div></div>`;

let log: ReturnType<typeof vi.fn<(where: string, message: string) => void>>;
let abort: AbortController;
let watching = true;

function start(site: SiteId, html: string) {
  document.body.innerHTML = html;
  watchUnseenSends({
    window,
    adapter: createAdapter(site, () => undefined),
    site,
    watching: () => watching,
    owns: (event) => (event.target as Element | null)?.closest?.('wr-host') != null,
    log,
    signal: abort.signal,
    // happy-dom marks dispatched events untrusted; a real page only counts the person's own.
    isTrusted: (event) => !(event as Event & { replayed?: boolean }).replayed,
  });
}

const $ = <T extends Element = HTMLElement>(css: string) => document.querySelector(css) as T;

/** The person types: the text lands in the editor and an input event follows. */
function type(editor: HTMLElement, text: string) {
  editor.dispatchEvent(new InputEvent('beforeinput', { bubbles: true, inputType: 'insertText', data: text }));
  editor.textContent = text;
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}
const press = (el: Element) =>
  el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, button: 0 }));
const key = (el: Element, k: string, init: KeyboardEventInit = {}) =>
  el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: k, ...init }));
/** What the site does after sending: empties the box, with no input event. */
const siteEmpties = (editor: HTMLElement) => editor.replaceChildren();

beforeEach(() => {
  vi.useFakeTimers();
  log = vi.fn<(where: string, message: string) => void>();
  abort = new AbortController();
  watching = true;
});
afterEach(() => {
  abort.abort();
  vi.useRealTimers();
});

describe('a message sent without a recognised send control', () => {
  it('is logged once with the site, the surface and the shape of the control, never the draft', () => {
    start('zalo', ZALO);
    const editor = $('#richInput');
    type(editor, DRAFT);
    press($('.k7-send svg'));
    siteEmpties(editor);
    vi.advanceTimersByTime(LAST_CHECK);
    expect(log).toHaveBeenCalledTimes(1);
    const [where, message] = log.mock.calls[0]!;
    expect(where).toBe('sites.zalo');
    expect(message).toContain('Zalo: tin nhắn đã gửi đi mà không qua nút gửi nào được nhận ra');
    expect(message).toContain('Zalo: message sent without a recognised send control');
    expect(message).toContain('zalo-chat');
    expect(message).toContain('svg.ic < span.k7-send.x9f619{data-id}');
    expect(message).not.toContain('Họp');
    expect(message).not.toContain('btn-send');

    // Once per page per kind.
    type(editor, 'lần hai');
    press($('.k7-send'));
    siteEmpties(editor);
    vi.advanceTimersByTime(LAST_CHECK);
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('waits for a site that empties the box only after a round trip', () => {
    start('zalo', ZALO);
    const editor = $('#richInput');
    type(editor, DRAFT);
    press($('.k7-send'));
    vi.advanceTimersByTime(UNSEEN_SEND_CHECKS_MS[1]! + 10);
    expect(log).not.toHaveBeenCalled();
    siteEmpties(editor);
    vi.advanceTimersByTime(LAST_CHECK);
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('an Enter in an editor no surface says sends, that empties it, is logged as an Enter', () => {
    start(
      'facebook',
      `<div role="dialog" aria-label="Create post"><div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="What's on your mind?"></div></div>`,
    );
    const editor = $('[role="textbox"]');
    type(editor, DRAFT);
    key(editor, 'Enter');
    siteEmpties(editor);
    vi.advanceTimersByTime(LAST_CHECK);
    expect(log).toHaveBeenCalledWith(
      'sites.facebook',
      expect.stringContaining(
        'Facebook: post went out without a recognised post control (composer; Enter: div[role="textbox"][aria-label="What\'s on your mind?"]{data-lexical-editor})',
      ),
    );
  });

  it('Messenger’s chat on a facebook.com page is logged under Messenger', () => {
    start(
      'facebook',
      `<div class="chat"><div><div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="Tin nhắn"></div></div>
      <div class="x1i10hfl" tabindex="0"><svg></svg></div></div>`,
    );
    const editor = $('[role="textbox"]');
    type(editor, DRAFT);
    press($('.x1i10hfl'));
    siteEmpties(editor);
    vi.advanceTimersByTime(LAST_CHECK);
    expect(log).toHaveBeenCalledWith(
      'sites.messenger',
      expect.stringContaining('Messenger: message sent without a recognised send control (messenger-chat;'),
    );
  });
});

describe('not a message sent unseen', () => {
  it('the person emptying the box: select-all + Delete, or deleting after a press', () => {
    start('zalo', ZALO);
    const editor = $('#richInput');
    type(editor, DRAFT);
    key(editor, 'a', { ctrlKey: true });
    key(editor, 'Delete');
    editor.dispatchEvent(
      new InputEvent('beforeinput', { bubbles: true, inputType: 'deleteContentBackward' }),
    );
    siteEmpties(editor);
    vi.advanceTimersByTime(LAST_CHECK);

    type(editor, DRAFT);
    press($('.k7-send'));
    key(editor, 'Backspace');
    editor.dispatchEvent(
      new InputEvent('beforeinput', { bubbles: true, inputType: 'deleteContentBackward' }),
    );
    siteEmpties(editor);
    vi.advanceTimersByTime(LAST_CHECK);
    expect(log).not.toHaveBeenCalled();
  });

  it('the site emptying the box after a press the guard recognised — even one step later', () => {
    start('zalo', ZALO);
    const editor = $('#richInput');
    type(editor, DRAFT);
    press($('.send-msg-btn i'));
    siteEmpties(editor);
    vi.advanceTimersByTime(LAST_CHECK);

    // A recognised Enter, then a confirmation the site asks for (TikTok Studio's "Post now"), then the box empties.
    type(editor, DRAFT);
    key(editor, 'Enter');
    press($('.k7-send'));
    siteEmpties(editor);
    vi.advanceTimersByTime(LAST_CHECK);
    expect(log).not.toHaveBeenCalled();

    // Once the person writes again, the next unseen send counts.
    type(editor, DRAFT);
    press($('.k7-send'));
    siteEmpties(editor);
    vi.advanceTimersByTime(LAST_CHECK);
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('an Enter that made a new line (the editor handled it as input)', () => {
    start(
      'facebook',
      `<div role="dialog" aria-label="Create post"><div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="What's on your mind?"></div></div>`,
    );
    const editor = $('[role="textbox"]');
    type(editor, DRAFT);
    editor.focus();
    key(editor, 'a', { ctrlKey: true });
    key(editor, 'Enter');
    editor.dispatchEvent(new InputEvent('beforeinput', { bubbles: true, inputType: 'insertParagraph' }));
    siteEmpties(editor);
    vi.advanceTimersByTime(LAST_CHECK);
    expect(log).not.toHaveBeenCalled();
  });

  it('cancel, close, a link or another conversation; anything outside the surface; an IME or Shift Enter', () => {
    start('zalo', ZALO);
    const editor = $('#richInput');
    for (const target of ['.cancel-reply', '.conv-item', '.conv-link']) {
      type(editor, DRAFT);
      press($(target));
      siteEmpties(editor);
      vi.advanceTimersByTime(LAST_CHECK);
    }
    for (const init of [{ isComposing: true }, { keyCode: 229 }, { shiftKey: true }] as KeyboardEventInit[]) {
      type(editor, DRAFT);
      key(editor, 'Enter', init);
      siteEmpties(editor);
      vi.advanceTimersByTime(LAST_CHECK);
    }
    expect(log).not.toHaveBeenCalled();
  });

  it('an empty box, a site switched off, the extension’s own dialog, a replayed press', () => {
    start('zalo', `${ZALO}<wr-host><button class="proceed">Gửi</button></wr-host>`);
    const editor = $('#richInput');
    press($('.k7-send'));
    siteEmpties(editor);
    vi.advanceTimersByTime(LAST_CHECK);

    watching = false;
    type(editor, DRAFT);
    press($('.k7-send'));
    siteEmpties(editor);
    vi.advanceTimersByTime(LAST_CHECK);
    watching = true;

    type(editor, DRAFT);
    press($('.proceed'));
    const replay = new PointerEvent('pointerdown', { bubbles: true, button: 0 });
    Object.assign(replay, { replayed: true });
    $('.k7-send').dispatchEvent(replay);
    siteEmpties(editor);
    vi.advanceTimersByTime(LAST_CHECK);
    expect(log).not.toHaveBeenCalled();
  });

  it('stops when the signal aborts', () => {
    start('zalo', ZALO);
    const editor = $('#richInput');
    type(editor, DRAFT);
    press($('.k7-send'));
    abort.abort();
    siteEmpties(editor);
    vi.advanceTimersByTime(LAST_CHECK);
    expect(log).not.toHaveBeenCalled();
  });
});

describe('describeElement', () => {
  it('gives the shape: tag, classes, role, label, title, data-* names; long values cut', () => {
    const el = document.createElement('div');
    el.className = 'z--btn--v2 chat-box-input-button send-msg-btn';
    el.setAttribute('role', 'button');
    el.setAttribute('aria-label', 'x'.repeat(100));
    el.dataset.id = 'secret-value';
    expect(describeElement(el)).toBe(
      `div.z--btn--v2.chat-box-input-button.send-msg-btn[role="button"][aria-label="${'x'.repeat(59)}…"]{data-id}`,
    );
  });
});
