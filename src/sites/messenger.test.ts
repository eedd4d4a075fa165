// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAdapter } from './index';

// Markup shaped after what public code and issue 13 say of Messenger on facebook.com (2024–2026): a Lexical
// message box labelled "Tin nhắn"/"Message" with placeholder "Aa", a send button named "Nhấn Enter để gửi" /
// "Press Enter to send" that replaces the Like once there is text, generated class names on everything.

const lexical = (label: string, body: string, placeholder = 'Aa') =>
  `<div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="${label}" aria-placeholder="${placeholder}" class="xzsf02u x1a2a7pz">${body}</div>`;
const fbButton = (label: string, cls = '') =>
  `<div role="button" tabindex="0" aria-label="${label}" class="x1i10hfl ${cls}"><svg></svg><div data-visualcompletion="ignore" class="ov"></div></div>`;

/** A chat window at the bottom of a facebook.com page. */
const chatWindow = (vi_: boolean, body = '<p><span data-lexical-text="true">chào chị</span></p>') =>
  `<div class="chat-tab"><div class="x78zum5"><div class="xeuugli"><div class="x1n2onr6"><div class="composer-row">
      <div class="x1iyjqo2"><div class="xh8yej3">${lexical(vi_ ? 'Tin nhắn' : 'Message', body)}</div></div>
      ${fbButton(vi_ ? 'Nhấn Enter để gửi' : 'Press Enter to send', 'send')}
    </div></div></div></div></div>`;

describe('messenger on facebook.com', () => {
  let miss: ReturnType<typeof vi.fn<(where: string, message: string) => void>>;
  beforeEach(() => {
    miss = vi.fn<(where: string, message: string) => void>();
    document.body.innerHTML = '';
  });

  it('a chat window: Enter and the send button are Messenger presses, under Messenger’s settings', () => {
    document.body.innerHTML = `<div role="feed"></div>${chatWindow(true)}`;
    const adapter = createAdapter('facebook', miss);
    const editor = document.querySelector('[role="textbox"]')!;
    const enter = adapter.pressFromEnter(editor.querySelector('span')!)!;
    expect(enter).toMatchObject({ surface: 'messenger-chat', site: 'messenger', action: 'send' });
    expect(enter.control).toBe(editor);
    expect(enter.readDraft().text).toBe('chào chị');
    const click = adapter.pressFromClick(document.querySelector('.send .ov')!)!;
    expect(click).toMatchObject({ surface: 'messenger-chat', site: 'messenger' });
    expect(click.editor).toBe(editor);
    expect(adapter.editorAt(editor)).toMatchObject({ surface: 'messenger-chat', site: 'messenger' });
    expect(miss).not.toHaveBeenCalled();
  });

  it('in English, and the Like that stands in for Send on an empty box is no send', () => {
    document.body.innerHTML = chatWindow(false).replace(
      fbButton('Press Enter to send', 'send'),
      fbButton('Send a Like', 'like'),
    );
    const adapter = createAdapter('facebook', miss);
    expect(adapter.pressFromEnter(document.querySelector('[role="textbox"]')!)?.surface).toBe(
      'messenger-chat',
    );
    expect(adapter.pressFromClick(document.querySelector('.like .ov')!)).toBeNull();
  });

  it('a chat window rendered as a dialog named after the person is still the chat, not a share dialog', () => {
    document.body.innerHTML = `<div role="dialog" aria-label="Trần Thị Bình">${chatWindow(true)}</div>`;
    const adapter = createAdapter('facebook', miss);
    const editor = document.querySelector('[role="textbox"]')!;
    expect(adapter.editorAt(editor)?.surface).toBe('messenger-chat');
    expect(adapter.pressFromClick(document.querySelector('.send .ov')!)?.surface).toBe('messenger-chat');
  });

  it('the /messages/ page: a box whose label changed is still found inside the conversation', () => {
    document.body.innerHTML = `<div role="navigation" aria-label="Đoạn chat"><a href="/messages/t/1">Trần Thị Bình</a></div>
      <div role="main" aria-label="Cuộc trò chuyện với Trần Thị Bình"><div aria-label="Tin nhắn trong cuộc trò chuyện với Trần Thị Bình" role="grid"></div>
      <div class="x1n2onr6"><div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="Soạn tin"><p>TỐI MẬT</p></div>
      ${fbButton('Nhấn Enter để gửi', 'send')}</div></div>`;
    const adapter = createAdapter('facebook', miss);
    const enter = adapter.pressFromEnter(document.querySelector('[role="textbox"] p')!)!;
    expect(enter).toMatchObject({ surface: 'messenger-chat', site: 'messenger' });
    expect(enter.readDraft().text).toBe('TỐI MẬT');
  });

  it('Facebook’s own surfaces stay Facebook’s on the same page', () => {
    document.body.innerHTML = `<div role="article"><div class="box">${lexical('Viết bình luận...', '<p>hay</p>', 'Viết bình luận...')}</div></div>${chatWindow(true)}`;
    const adapter = createAdapter('facebook', miss);
    const comment = adapter.pressFromEnter(document.querySelector('[aria-label="Viết bình luận..."]')!)!;
    expect(comment).toMatchObject({ surface: 'comment', site: 'facebook' });
  });

  it('forward a message: its row is remembered from the "More" press; each person’s "Gửi" sends it', () => {
    document.body.innerHTML = `<div role="main" aria-label="Cuộc trò chuyện với Trần Thị Bình"><div role="grid">
      <div role="row" class="msg"><div dir="auto">Xem cái này <a href="https://l.facebook.com/l.php?u=${encodeURIComponent('https://bit.ly/3tinsoc')}">bit.ly/3tinsoc</a></div>
      ${fbButton('Xem thêm', 'more')}</div></div></div>
      <div role="menu"><div role="menuitem" tabindex="0" class="fwd">Chuyển tiếp</div></div>
      <div role="dialog" aria-label="Chuyển tiếp"><input type="search" aria-label="Tìm kiếm người và nhóm">
      <div role="list"><div role="listitem" class="p1">Lê Văn Cường ${fbButton('Gửi', 'send-to')}</div></div></div>`;
    const adapter = createAdapter('facebook', miss);
    adapter.notePointer!(document.querySelector('.more .ov')!);
    adapter.notePointer!(document.querySelector('.fwd')!);
    adapter.notePointer!(document.querySelector('.send-to .ov')!);
    const press = adapter.pressFromClick(document.querySelector('.send-to .ov')!)!;
    expect(press).toMatchObject({ surface: 'messenger-forward', site: 'messenger', action: 'send' });
    expect(press.editor).toBeNull();
    expect(press.readDraft()).toEqual({
      text: '',
      links: ['https://bit.ly/3tinsoc'],
      shared: { text: 'Xem cái này bit.ly/3tinsoc', url: 'https://bit.ly/3tinsoc' },
    });
    expect(miss).not.toHaveBeenCalled();
  });

  it('a forwarded message is read once, however its text blocks nest (and whatever wraps the page)', () => {
    document.body.innerHTML = `<div dir="auto"><div role="grid"><div role="row">
      <div dir="auto"><span dir="auto">dòng một</span></div><div dir="auto">dòng hai</div>
      ${fbButton('More', 'more')}</div></div></div>
      <div role="dialog" aria-label="Forward"><div role="listitem">Lê Văn Cường ${fbButton('Send', 'send-to')}</div></div>`;
    const adapter = createAdapter('facebook', miss);
    adapter.notePointer!(document.querySelector('.more .ov')!);
    const press = adapter.pressFromClick(document.querySelector('.send-to .ov')!)!;
    expect(press.readDraft().shared).toEqual({ text: 'dòng một\ndòng hai' });
  });

  it('"Send in Messenger" for a post: the post, and the note typed with it', () => {
    document.body.innerHTML = `<div role="article"><h4><strong>Tin Nóng 24h</strong></h4>
      <div data-ad-preview="message"><div>NÓNG: nghe nói</div></div>
      <div role="button" aria-label="Send this to friends or post it on your profile." class="share"><span data-ad-rendering-role="share_button">Share</span></div></div>
      <div role="dialog" aria-labelledby="h"><h2 id="h">Send in Messenger</h2>
      ${lexical('Say something about this...', '<p>xem nhé</p>', 'Say something about this...')}
      <div role="listitem">Lê Văn Cường ${fbButton('Send', 'send-to')}</div></div>`;
    const adapter = createAdapter('facebook', miss);
    adapter.notePointer!(document.querySelector('.share span')!);
    const press = adapter.pressFromClick(document.querySelector('.send-to .ov')!)!;
    expect(press).toMatchObject({ surface: 'messenger-forward', site: 'messenger' });
    expect(press.readDraft()).toMatchObject({
      text: 'xem nhé',
      shared: { text: 'NÓNG: nghe nói', author: 'Tin Nóng 24h' },
    });
  });

  it('a "Gửi" no surface can place is logged once, under the site whose table knew the control', () => {
    document.body.innerHTML = `<div class="somewhere">${fbButton('Gửi', 'lost')}</div>`;
    const adapter = createAdapter('facebook', miss);
    expect(adapter.pressFromClick(document.querySelector('.lost .ov')!)).toBeNull();
    expect(miss).toHaveBeenCalledTimes(1);
    expect(miss).toHaveBeenCalledWith(
      'sites.messenger',
      expect.stringContaining('outside any known container'),
    );
  });
});

describe('messenger.com', () => {
  it('guards the same chat with the same tables', () => {
    document.body.innerHTML = chatWindow(false);
    const adapter = createAdapter('messenger', () => undefined);
    expect(adapter.site).toBe('messenger');
    expect(adapter.pressFromClick(document.querySelector('.send .ov')!)).toMatchObject({
      surface: 'messenger-chat',
      site: 'messenger',
    });
  });
});

describe('messenger beside Facebook’s share modal', () => {
  it('the caption of a share modal named "Chia sẻ" stays Facebook’s', () => {
    document.body.innerHTML = `<div role="dialog" aria-labelledby="h"><h2 id="h">Chia sẻ</h2>
      ${lexical('Hãy nói gì đó về nội dung này...', '<p>xem</p>', 'Hãy nói gì đó về nội dung này...')}${fbButton('Chia sẻ', 'go')}</div>`;
    const adapter = createAdapter('facebook', () => undefined);
    expect(adapter.editorAt(document.querySelector('[role="textbox"] p')!)).toMatchObject({
      surface: 'share-dialog',
      site: 'facebook',
    });
    expect(adapter.pressFromClick(document.querySelector('.go .ov')!)?.surface).toBe('share-dialog');
  });
});
