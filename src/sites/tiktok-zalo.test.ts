// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createAdapter } from './index';

const createTikTokAdapter = (onMiss: (where: string, message: string) => void) =>
  createAdapter('tiktok', onMiss);
const createZaloAdapter = (onMiss: (where: string, message: string) => void) => createAdapter('zalo', onMiss);

const draftEditor = (text: string) =>
  `<div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" role="textbox"><div data-contents="true"><div data-block="true"><span data-text="true">${text}</span></div></div></div></div>`;

describe('tiktok adapter', () => {
  it('comment: Enter in the Draft.js editor and the Post control', () => {
    document.body.innerHTML = `<div><div data-e2e="comment-input">${draftEditor('nghe nói')}</div><div data-e2e="comment-post" role="button">Post</div></div>`;
    const adapter = createTikTokAdapter(vi.fn());
    const press = adapter.pressFromEnter(document.querySelector('[data-text]')!)!;
    expect(press.surface).toBe('comment');
    expect(press.readDraft().text).toBe('nghe nói');
    expect(adapter.pressFromClick(document.querySelector('[data-e2e=comment-post]')!)?.surface).toBe(
      'comment',
    );
  });

  it('studio: Post button (not while disabled), caption read, Enter is a new line', () => {
    document.body.innerHTML = `<div data-e2e="caption_container">${draftEditor('caption #tin')}</div>
      <button data-e2e="post_video_button"><div class="Button__content">Post</div></button>`;
    const adapter = createTikTokAdapter(vi.fn());
    const press = adapter.pressFromClick(document.querySelector('.Button__content')!)!;
    expect(press.surface).toBe('studio-caption');
    expect(press.readDraft().text).toBe('caption #tin');
    expect(adapter.pressFromEnter(document.querySelector('[data-text]')!)).toBeNull();
    (document.querySelector('button') as HTMLButtonElement).disabled = true;
    expect(adapter.pressFromClick(document.querySelector('.Button__content')!)).toBeNull();
  });

  it('repost: shares the video description and author; "Reposted" (undo) is not guarded', () => {
    document.body.innerHTML = `<a data-e2e="browse-username">baotintuc</a><h1 data-e2e="browse-video-desc">Bản tin https://vnexpress.net/x</h1>
      <button data-e2e="video-repost" aria-label="Đăng lại"><span>Đăng lại</span></button>`;
    const adapter = createTikTokAdapter(vi.fn());
    const press = adapter.pressFromClick(document.querySelector('button span')!)!;
    expect(press.surface).toBe('repost');
    expect(press.readDraft().shared).toMatchObject({
      text: 'Bản tin https://vnexpress.net/x',
      author: 'baotintuc',
    });
    document.querySelector('button')!.setAttribute('aria-label', 'Đã đăng lại');
    document.querySelector('button span')!.textContent = 'Đã đăng lại';
    expect(adapter.pressFromClick(document.querySelector('button span')!)).toBeNull();
  });
});

describe('zalo adapter', () => {
  it('Enter in #richInput and the Send button', () => {
    document.body.innerHTML = `<div id="chatInput"><div id="chat-input-container-id"><div><div id="richInput" contenteditable="true">tin<br>hai</div></div>
      <div class="chat-box-input-button" data-translate-title="STR_SEND" title="Gửi"><i>➤</i></div></div></div>`;
    const adapter = createZaloAdapter(vi.fn());
    const press = adapter.pressFromEnter(document.querySelector('#richInput')!)!;
    expect(press.surface).toBe('zalo-chat');
    expect(press.readDraft().text).toBe('tin\nhai');
    expect(adapter.pressFromClick(document.querySelector('i')!)?.surface).toBe('zalo-chat');
  });

  it('forward dialog: Share sends the forwarded message; the message Share icon does not', () => {
    document.body.innerHTML = `<div class="msg-action" role="button" data-translate-title="STR_SHARE" title="Chia sẻ">↪</div>
      <div class="zl-modal"><div role="dialog" aria-label="Chia sẻ"><div class="forward-preview">Xem https://bit.ly/x chia sẻ ngay</div>
      <button type="button">Hủy</button><button type="button" class="go">Chia sẻ</button></div></div>`;
    const adapter = createZaloAdapter(vi.fn());
    expect(adapter.pressFromClick(document.querySelector('.msg-action')!)).toBeNull();
    const press = adapter.pressFromClick(document.querySelector('.go')!)!;
    expect(press.surface).toBe('zalo-forward');
    expect(press.readDraft()).toEqual({ text: '', shared: { text: 'Xem https://bit.ly/x chia sẻ ngay' } });
  });
});
