// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAdapter } from '../sites';
import type { PictureReadings } from './attached-pictures';
import { watchPictureEvents } from './picture-events';

const ZALO = `<div id="chatInput"><div class="chat-box-attachments"></div>
  <div id="chat-input-container-id"><div id="richInput" contenteditable="true"></div></div>
  <input id="file" type="file"></div>
  <div role="dialog" aria-label="Chia sẻ"><label><input id="pick" type="checkbox">Nhóm</label>
  <div class="forward-preview"><img src="https://f20-zpc.zdn.vn/jpg/a.jpg"></div></div>
  <p id="elsewhere">…</p>`;

function setup(mode: 'off' | 'links-and-findings' = 'links-and-findings') {
  document.body.innerHTML = ZALO;
  const attach = vi.fn();
  const pictures: PictureReadings = {
    attach,
    state: () => ({ texts: [], reading: 0, unread: 0 }),
    settled: () => Promise.resolve(),
  };
  const controller = new AbortController();
  watchPictureEvents({
    window,
    adapter: createAdapter('zalo', vi.fn()),
    pictures,
    mode: () => mode,
    signal: controller.signal,
  });
  return { attach, controller };
}

const photo = () => new File([new Uint8Array([1, 2, 3])], 'a.png', { type: 'image/png' });

function paste(target: Element, files: File[]): void {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: { files } });
  target.dispatchEvent(event);
}

let controller: AbortController | undefined;
afterEach(() => controller?.abort());

describe('where the reading of attached pictures starts', () => {
  it('a picture pasted into the chat box: its file is read at once, with the chat box as its surface', () => {
    const ctx = setup();
    controller = ctx.controller;
    const file = photo();
    paste(document.getElementById('richInput')!, [file]);
    expect(ctx.attach).toHaveBeenCalledTimes(1);
    const [files, spot] = ctx.attach.mock.calls[0]!;
    expect(files).toEqual([file]);
    expect(spot.area.id).toBe('chatInput');
  });

  it('a file chosen in the chat box input is read; a paste of text alone is not a picture', () => {
    const ctx = setup();
    controller = ctx.controller;
    const input = document.getElementById('file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [photo()] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(ctx.attach).toHaveBeenCalledTimes(1);
    paste(document.getElementById('richInput')!, []);
    expect(ctx.attach).toHaveBeenCalledTimes(1);
  });

  it('a click in a forward dialog showing a picture starts its reading; a click elsewhere does nothing', () => {
    const ctx = setup();
    controller = ctx.controller;
    document.getElementById('elsewhere')!.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(ctx.attach).not.toHaveBeenCalled();
    document.getElementById('pick')!.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(ctx.attach).toHaveBeenCalledTimes(1);
    const [files, spot] = ctx.attach.mock.calls[0]!;
    expect(files).toEqual([]);
    expect(spot.pictures()).toHaveLength(1);
  });

  it('nothing is read where the guard is off, nor after the guard is detached', () => {
    const off = setup('off');
    paste(document.getElementById('richInput')!, [photo()]);
    expect(off.attach).not.toHaveBeenCalled();
    off.controller.abort();

    const on = setup();
    on.controller.abort();
    paste(document.getElementById('richInput')!, [photo()]);
    expect(on.attach).not.toHaveBeenCalled();
  });
});
