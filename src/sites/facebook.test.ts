// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { unwrapFacebookLink } from './facebook';
import { createAdapter } from './index';

const createFacebookAdapter = (onMiss: (where: string, message: string) => void) =>
  createAdapter('facebook', onMiss);

const button = (label: string, extra = '') =>
  `<div role="button" aria-label="${label}" ${extra}><span>${label}</span><div data-visualcompletion="ignore" class="ov"></div></div>`;

function composer(title: string, post: string, body: string) {
  return `<div role="dialog" aria-labelledby="h1"><h2 id="h1">${title}</h2>
    <div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="What's on your mind?">${body}</div>
    <a href="https://l.facebook.com/l.php?u=${encodeURIComponent('https://bit.ly/abc')}&h=x">card</a>
    <a href="https://www.facebook.com/someone">profile</a>
    ${button(post)}</div>`;
}

describe('facebook adapter', () => {
  let miss: ReturnType<typeof vi.fn<(where: string, message: string) => void>>;
  beforeEach(() => {
    miss = vi.fn<(where: string, message: string) => void>();
    document.body.innerHTML = '';
  });

  it('resolves a click on the Post overlay to the composer, reading text and the link-preview card', () => {
    document.body.innerHTML = `<div hidden><div role="textbox" contenteditable="true" data-lexical-editor="true">hidden story</div></div>
      ${composer('Create post', 'Post', '<p><span>Nghe nói</span></p><p><span>dòng hai</span></p>')}`;
    const adapter = createFacebookAdapter(miss);
    const overlay = document.querySelector('.ov')!;
    const press = adapter.pressFromClick(overlay)!;
    expect(press.surface).toBe('composer');
    expect(press.control.getAttribute('aria-label')).toBe('Post');
    expect(press.readDraft()).toEqual({ text: 'Nghe nói\ndòng hai', links: ['https://bit.ly/abc'] });
  });

  it('knows the Vietnamese labels', () => {
    document.body.innerHTML = composer('Tạo bài viết', 'Đăng', '<p>Xin chào</p>');
    const press = createFacebookAdapter(miss).pressFromClick(document.querySelector('.ov')!)!;
    expect(press.surface).toBe('composer');
    expect(press.readDraft().text).toBe('Xin chào');
  });

  it('ignores a disabled Post and unrelated buttons', () => {
    document.body.innerHTML = composer('Create post', 'Post', '').replace(
      'aria-label="Post"',
      'aria-label="Post" aria-disabled="true"',
    );
    const adapter = createFacebookAdapter(miss);
    expect(adapter.pressFromClick(document.querySelector('.ov')!)).toBeNull();
    document.body.innerHTML = button('Like');
    expect(adapter.pressFromClick(document.querySelector('.ov')!)).toBeNull();
  });

  it('comment box: Enter sends, the submit button too; the feed "Comment" action does not', () => {
    document.body.innerHTML = `<div role="article">
      ${button('Leave a comment').replace('<span>Leave a comment</span>', '<span>Comment</span>')}
      <div class="box"><div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="Write a comment…"><p>hi there</p></div>
      ${button('Comment').replace('class="ov"', 'class="send"')}</div></div>`;
    const adapter = createFacebookAdapter(miss);
    const editor = document.querySelector('[role=textbox]')!;
    const enter = adapter.pressFromEnter(editor.querySelector('p')!)!;
    expect(enter.surface).toBe('comment');
    expect(enter.control).toBe(editor);
    expect(enter.readDraft().text).toBe('hi there');
    expect(adapter.pressFromClick(document.querySelector('.send')!)?.surface).toBe('comment');
    expect(adapter.pressFromClick(document.querySelector('.ov')!)).toBeNull();
  });

  it('Enter in the composer is a new line, not a send', () => {
    document.body.innerHTML = composer('Create post', 'Post', '<p>x</p>');
    expect(
      createFacebookAdapter(miss).pressFromEnter(document.querySelector('[role=textbox] p')!),
    ).toBeNull();
  });

  it('share menu: "Share now (Public)" shares the post whose Share button was pressed', () => {
    document.body.innerHTML = `<div role="article"><h4><a href="https://www.facebook.com/tin"><strong>Tin Nóng 24h</strong></a></h4>
      <div data-ad-preview="message"><div>NÓNG: nghe nói</div></div>
      <a href="https://l.facebook.com/l.php?u=${encodeURIComponent('https://bit.ly/3tinsoc')}">card</a>
      <div role="button" aria-label="Send this to friends or post it on your profile." class="share"><span data-ad-rendering-role="share_button">Share</span></div></div>
      <div role="menu"><div role="menuitem" aria-label="Share now (Public)" class="now">Share now (Public)</div></div>`;
    const adapter = createFacebookAdapter(miss);
    adapter.notePointer!(document.querySelector('.share span')!);
    expect(adapter.pressFromClick(document.querySelector('.share span')!)).toBeNull();
    const press = adapter.pressFromClick(document.querySelector('.now')!)!;
    expect(press.surface).toBe('share-menu');
    expect(press.editor).toBeNull();
    expect(press.readDraft()).toEqual({
      text: '',
      links: ['https://bit.ly/3tinsoc'],
      shared: { text: 'NÓNG: nghe nói', author: 'Tin Nóng 24h', url: 'https://bit.ly/3tinsoc' },
    });
  });

  it('share modal: "Share now" with its caption', () => {
    document.body.innerHTML = `<div role="dialog" aria-label="Write post">
      <div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="Say something about this..."><p>xem này</p></div>
      ${button('Share now')}</div>`;
    const press = createFacebookAdapter(miss).pressFromClick(document.querySelector('.ov')!)!;
    expect(press.surface).toBe('share-dialog');
    expect(press.readDraft().text).toBe('xem này');
  });

  it('logs (does not throw) when a known submit sits in no known container', () => {
    document.body.innerHTML = `<div role="menuitem" aria-label="Share now (Public)" class="now">Share now (Public)</div>`;
    expect(createFacebookAdapter(miss).pressFromClick(document.querySelector('.now')!)).toBeNull();
    expect(miss).toHaveBeenCalledWith('sites.facebook', expect.stringContaining('share-menu'));
  });

  it('unwraps outbound links and drops internal ones', () => {
    expect(
      unwrapFacebookLink(`https://l.facebook.com/l.php?u=${encodeURIComponent('https://vnexpress.net/a')}`),
    ).toBe('https://vnexpress.net/a');
    expect(unwrapFacebookLink('https://www.facebook.com/groups/1')).toBeNull();
    expect(unwrapFacebookLink('javascript:alert(1)')).toBeNull();
    expect(unwrapFacebookLink('https://baochinhphu.vn/x')).toBe('https://baochinhphu.vn/x');
  });
});

describe('finding a press again', () => {
  it('the composer re-rendered its Post button: the new one, from the editor', () => {
    document.body.innerHTML = composer('Create post', 'Post', '<p>Nghe nói</p>');
    const adapter = createFacebookAdapter(() => undefined);
    const press = adapter.pressFromClick(document.querySelector('.ov')!)!;
    const old = press.control;
    const fresh = old.cloneNode(true) as HTMLElement;
    old.replaceWith(fresh);
    const again = adapter.relocate!(press)!;
    expect(again.control).toBe(fresh);
    expect(again.surface).toBe('composer');
    expect(again.readDraft().text).toBe('Nghe nói');
  });

  it('a share menu that closed: nothing to find (the person is asked to press again)', () => {
    document.body.innerHTML = `<div role="article"><div data-ad-preview="message">tin</div></div>
      <div role="menu"><div role="menuitem" aria-label="Share now (Public)" class="now">Share now (Public)</div></div>`;
    const adapter = createFacebookAdapter(() => undefined);
    const press = adapter.pressFromClick(document.querySelector('.now')!)!;
    document.querySelector('[role="menu"]')!.remove();
    expect(adapter.relocate!(press)).toBeNull();
  });
});

describe('hidden editors', () => {
  it('a composer dialog kept mounted but hidden is not a surface; a display:none editor is never read', () => {
    document.body.innerHTML = `<div style="display:none">${composer('Create post', 'Post', '<p>old</p>')}</div>`;
    // The Post button is itself hidden: no real press can land there, but a synthetic one must not read it.
    const press = createFacebookAdapter(() => undefined).pressFromClick(document.querySelector('.ov')!);
    expect(press?.editor ?? null).toBeNull();
  });
});

describe('facebook, current layouts', () => {
  it('the Vietnamese share dialog named only through aria-labelledby (pointing at "Chia sẻ")', () => {
    // Seen on www.facebook.com (vi), a feed post's Share → the share modal (issue 13, recorded 2026-12-01):
    // the dialog has no aria-label; its name is the heading aria-labelledby points at.
    document.body.innerHTML = `<div role="article"><div data-ad-preview="message">Tin tức</div>
      <div role="button" class="share"><span data-ad-rendering-role="share_button">Chia sẻ</span></div></div>
      <div role="dialog" aria-labelledby=":r3k:"><div><h2 dir="auto"><span id=":r3k:">Chia sẻ</span></h2></div>
      <div role="textbox" contenteditable="true" data-lexical-editor="true" aria-label="Hãy nói gì đó về nội dung này..."><p>xem này</p></div>
      ${button('Chia sẻ ngay')}</div>`;
    const dialog = document.querySelector('[role="dialog"]')!;
    expect(dialog.hasAttribute('aria-label')).toBe(false);
    const adapter = createFacebookAdapter(() => undefined);
    adapter.notePointer!(document.querySelector('.share span')!);
    const press = adapter.pressFromClick(dialog.querySelector('.ov')!)!;
    expect(press).toMatchObject({ surface: 'share-dialog', site: 'facebook', action: 'share' });
    expect(press.readDraft()).toMatchObject({ text: 'xem này', shared: { text: 'Tin tức' } });
  });
});
