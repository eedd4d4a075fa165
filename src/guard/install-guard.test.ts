// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckResult, Draft } from '../engine/types';
import type { SiteId, Surface } from '../sites';
import type { SiteAdapter } from '../sites/site-adapter';
import type { PictureReadings } from './attached-pictures';
import { createDeferredPictures } from './deferred-pictures';
import type { DialogRequest, GuardUi } from './guard-types';
import { installGuard } from './install-guard';
import { PICTURE_WAIT_BOUND_MS, READY_WAIT_BOUND_MS } from './press-interception';
import { createReadiness, type ReadinessControl } from './readiness';

const CLEAN: CheckResult = { verdict: 'clean', findings: [], links: [], questions: [] };
const FLAGGED: CheckResult = {
  verdict: 'review',
  findings: [
    {
      packId: 'p',
      ruleId: 'hearsay',
      category: 'unverified-claim',
      question: 'source',
      severity: 'warning',
      start: 0,
      end: 8,
      excerpt: 'nghe nói',
      message: { vi: 'Tin nghe nói' },
    },
  ],
  links: [],
  questions: [],
};

function setup(
  options: {
    fault?: boolean;
    mode?: 'off' | 'links-and-findings';
    badge?: boolean;
    openThrows?: boolean;
    /** The adapter can find a re-rendered submit control again. */
    relocate?: boolean;
    /** The guard starts not ready (no checker until the test says so). */
    readiness?: ReadinessControl;
    /** Pictures are read: the presses carry the `img` elements inside #box. */
    pictures?: PictureReadings;
  } = {},
) {
  document.body.innerHTML = `<div id="box"><div id="editor" contenteditable="true">draft</div>
    <div id="send" role="button"><div id="overlay"></div></div></div><a id="elsewhere" href="#x">Like</a>`;
  const editor = document.getElementById('editor')!;
  const send = document.getElementById('send')!;
  const pictures = () => [...document.querySelectorAll<HTMLImageElement>('#box img')];
  const adapter: SiteAdapter<Surface, SiteId> = {
    site: 'facebook',
    pressFromClick: (t) => {
      const control = t.closest<HTMLElement>('#send');
      return control
        ? {
            surface: 'comment',
            action: 'post',
            control,
            editor,
            readDraft: (): Draft => ({ text: editor.textContent ?? '' }),
            pictures,
          }
        : null;
    },
    ...(options.relocate
      ? {
          relocate: (p) => {
            const control = document.getElementById('send');
            return control ? { ...p, control } : null;
          },
        }
      : {}),
    pressFromEnter: (t) =>
      t.closest('#editor')
        ? {
            surface: 'comment',
            action: 'post',
            control: editor,
            editor,
            readDraft: () => ({ text: editor.textContent ?? '' }),
            pictures,
          }
        : null,
    editorAt: (t) =>
      t.closest('#editor')
        ? {
            surface: 'comment',
            action: 'post',
            editor,
            readDraft: (): Draft => ({ text: editor.textContent ?? '' }),
          }
        : null,
  };
  const requests: DialogRequest[] = [];
  /** What the open dialog was updated with (pictures read while it was open). */
  const updates: Pick<DialogRequest, 'result' | 'draft' | 'pictures'>[] = [];
  let openFromBadge: (() => void) | null = null;
  const closed = vi.fn();
  /** The page removed the last dialog's host (an SPA re-render of <body>). */
  let removed = false;
  const ui: GuardUi = {
    openDialog: (request) => {
      if (options.openThrows) throw new Error('the dialog failed to render');
      requests.push(request);
      removed = false;
      return { close: closed, gone: () => removed, update: (next) => updates.push(next) };
    },
    showBadge: vi.fn((_editor: HTMLElement, _result: CheckResult, onOpen: () => void) => {
      openFromBadge = onOpen;
    }),
    hideBadge: vi.fn(),
    owns: () => false,
    showNotice: vi.fn(),
    hideNotice: vi.fn(),
  };
  const check = vi.fn((draft: Draft) =>
    draft.text.includes('nghe nói') || draft.images?.some((image) => image.text.includes('TỐI MẬT'))
      ? FLAGGED
      : CLEAN,
  );
  const log = vi.fn();
  const decisions: string[] = [];
  const controller = new AbortController();
  installGuard({
    window,
    adapter,
    // As start-guard.ts does: the checker exists once the guard is ready.
    checker: () => (options.readiness && !options.readiness.isReady() ? null : { check }),
    ...(options.readiness ? { readiness: options.readiness } : {}),
    ...(options.readiness || options.pictures ? { now: () => Date.now() } : {}),
    ...(options.pictures ? { pictures: options.pictures } : {}),
    mode: () => options.mode ?? 'links-and-findings',
    badgeEnabled: () => options.badge ?? false,
    testFault: () => options.fault ?? false,
    ui,
    log,
    onDecision: (entry) => decisions.push(entry.decision),
    signal: controller.signal,
  });
  // What the page itself would do: React's root listener.
  const pageClicks = vi.fn();
  const pageKeys = vi.fn();
  document.body.addEventListener('click', pageClicks);
  document.body.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') pageKeys(e.isTrusted);
  });
  return {
    editor,
    send,
    requests,
    updates,
    check,
    log,
    decisions,
    pageClicks,
    pageKeys,
    controller,
    closed,
    ui,
    badgeOpen: () => openFromBadge?.(),
    /** The site removes the dialog; `tell` whether the UI noticed at once (its observer) or not yet. */
    removeDialog(tell: boolean) {
      removed = true;
      if (tell) requests[requests.length - 1]?.onGone?.();
    },
  };
}

const press = (target: Element) => {
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
    target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true }));
  }
};
const fire = (target: Element, type: string, init: MouseEventInit = {}) => {
  const event = new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, ...init });
  target.dispatchEvent(event);
  return event;
};
const enter = (target: Element, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent('keydown', {
    key: 'Enter',
    code: 'Enter',
    bubbles: true,
    cancelable: true,
    ...init,
  });
  target.dispatchEvent(event);
  return event;
};

describe('installGuard', () => {
  let ctx: ReturnType<typeof setup>;
  afterEach(() => ctx.controller.abort());

  describe('with a clean draft', () => {
    beforeEach(() => {
      ctx = setup();
      ctx.editor.textContent = 'chào buổi sáng';
    });
    it('lets the click through untouched and checks once per press', () => {
      press(document.getElementById('overlay')!);
      expect(ctx.pageClicks).toHaveBeenCalledTimes(1);
      expect(ctx.requests).toHaveLength(0);
      expect(ctx.check).toHaveBeenCalledTimes(1);
    });
    it('lets Enter through', () => {
      const event = enter(ctx.editor);
      expect(event.defaultPrevented).toBe(false);
      expect(ctx.pageKeys).toHaveBeenCalledTimes(1);
    });
  });

  describe('with a reason to ask', () => {
    beforeEach(() => {
      ctx = setup();
      ctx.editor.textContent = 'nghe nói mai nghỉ';
    });

    it('holds the click, opens the dialog on it, and post anyway replays it exactly once', () => {
      press(document.getElementById('overlay')!);
      expect(ctx.pageClicks).not.toHaveBeenCalled();
      expect(ctx.requests).toHaveLength(1);
      // Presses while the dialog is open are swallowed.
      press(document.getElementById('overlay')!);
      expect(ctx.pageClicks).not.toHaveBeenCalled();
      expect(ctx.requests).toHaveLength(1);
      ctx.requests[0]!.onProceed();
      ctx.requests[0]!.onProceed();
      expect(ctx.pageClicks).toHaveBeenCalledTimes(1);
      expect(ctx.decisions).toEqual(['posted-anyway']);
      // The next real press is checked again.
      press(document.getElementById('overlay')!);
      expect(ctx.pageClicks).toHaveBeenCalledTimes(1);
      expect(ctx.requests).toHaveLength(2);
    });

    it('a synthetic click without the pass is still guarded', () => {
      ctx.send.click();
      expect(ctx.pageClicks).not.toHaveBeenCalled();
      expect(ctx.requests).toHaveLength(1);
    });

    it('holds Enter; back to edit leaves the draft and sends nothing', () => {
      const event = enter(ctx.editor);
      expect(event.defaultPrevented).toBe(true);
      expect(ctx.pageKeys).not.toHaveBeenCalled();
      ctx.requests[0]!.onEdit();
      expect(ctx.pageKeys).not.toHaveBeenCalled();
      expect(ctx.editor.textContent).toBe('nghe nói mai nghỉ');
      expect(ctx.decisions).toEqual(['edited']);
    });

    it('replays Enter on the same editor once', () => {
      enter(ctx.editor);
      ctx.requests[0]!.onProceed();
      expect(ctx.pageKeys).toHaveBeenCalledTimes(1);
      expect(ctx.requests).toHaveLength(1);
      // A second synthetic Enter has no pass left.
      enter(ctx.editor);
      expect(ctx.pageKeys).toHaveBeenCalledTimes(1);
    });

    it('never treats Enter while composing (Telex/VNI), Shift+Enter or keyCode 229 as a send', () => {
      expect(enter(ctx.editor, { isComposing: true }).defaultPrevented).toBe(false);
      expect(enter(ctx.editor, { shiftKey: true }).defaultPrevented).toBe(false);
      expect(enter(ctx.editor, { keyCode: 229 } as KeyboardEventInit).defaultPrevented).toBe(false);
      expect(ctx.requests).toHaveLength(0);
    });
  });

  it('fails open: a throwing check lets the press through and logs it', () => {
    ctx = setup({ fault: true });
    ctx.editor.textContent = 'nghe nói';
    press(document.getElementById('overlay')!);
    expect(ctx.pageClicks).toHaveBeenCalledTimes(1);
    expect(ctx.requests).toHaveLength(0);
    expect(ctx.log).toHaveBeenCalledWith('guard.press', expect.stringContaining('guardTestFault'));
  });

  it('after a held Enter, a click elsewhere right away is not taken for the rest of that press', () => {
    ctx = setup();
    ctx.editor.textContent = 'nghe nói';
    enter(ctx.editor);
    ctx.requests[0]!.onEdit();
    press(document.getElementById('elsewhere')!);
    expect(ctx.pageClicks).toHaveBeenCalledTimes(1);
  });

  it('a badge dialog that fails to open does not block later presses (fail open)', () => {
    vi.useFakeTimers();
    try {
      ctx = setup({ badge: true, openThrows: true });
      ctx.editor.textContent = 'nghe nói';
      ctx.editor.dispatchEvent(new Event('input', { bubbles: true }));
      vi.runAllTimers();
      ctx.badgeOpen();
      expect(ctx.log).toHaveBeenCalledWith('guard.badge-dialog', expect.stringContaining('failed to render'));
      // A press with a reason to ask cannot open its dialog either: it goes through, untouched.
      ctx.send.click();
      expect(ctx.pageClicks).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('post anyway still replays when closing the dialog throws', () => {
    ctx = setup();
    ctx.closed.mockImplementation(() => {
      throw new Error('unmount failed');
    });
    ctx.editor.textContent = 'nghe nói';
    press(document.getElementById('overlay')!);
    ctx.requests[0]!.onProceed();
    expect(ctx.pageClicks).toHaveBeenCalledTimes(1);
    expect(ctx.log).toHaveBeenCalledWith('guard.dialog-close', expect.stringContaining('unmount failed'));
  });

  it('mode off: nothing is checked', () => {
    ctx = setup({ mode: 'off' });
    ctx.editor.textContent = 'nghe nói';
    press(document.getElementById('overlay')!);
    expect(ctx.pageClicks).toHaveBeenCalledTimes(1);
    expect(ctx.check).not.toHaveBeenCalled();
  });

  it('detaches everything on abort', () => {
    ctx = setup();
    ctx.editor.textContent = 'nghe nói';
    ctx.controller.abort();
    press(document.getElementById('overlay')!);
    expect(ctx.pageClicks).toHaveBeenCalledTimes(1);
  });

  describe('only a primary-button press is a send', () => {
    beforeEach(() => {
      ctx = setup();
      ctx.editor.textContent = 'nghe nói mai nghỉ';
    });

    it('a right-click on Post is not held, and the next click elsewhere is not taken for it', () => {
      const overlay = document.getElementById('overlay')!;
      expect(fire(overlay, 'pointerdown', { button: 2 }).defaultPrevented).toBe(false);
      expect(fire(overlay, 'mousedown', { button: 2 }).defaultPrevented).toBe(false);
      fire(overlay, 'contextmenu', { button: 2 });
      fire(overlay, 'pointerup', { button: 2 });
      fire(overlay, 'mouseup', { button: 2 });
      expect(ctx.check).not.toHaveBeenCalled();
      press(document.getElementById('elsewhere')!);
      expect(ctx.pageClicks).toHaveBeenCalledTimes(1);
      expect(ctx.requests).toHaveLength(0);
    });

    it('a middle-button press is not a send either', () => {
      const overlay = document.getElementById('overlay')!;
      expect(fire(overlay, 'pointerdown', { button: 1 }).defaultPrevented).toBe(false);
      expect(fire(overlay, 'mousedown', { button: 1 }).defaultPrevented).toBe(false);
      expect(ctx.requests).toHaveLength(0);
    });

    it('a cancelled touch (pointercancel) drops the held press: the next click is a press of its own', () => {
      const overlay = document.getElementById('overlay')!;
      expect(fire(overlay, 'pointerdown').defaultPrevented).toBe(true);
      fire(overlay, 'pointercancel');
      press(document.getElementById('elsewhere')!);
      expect(ctx.pageClicks).toHaveBeenCalledTimes(1);
      expect(ctx.requests).toHaveLength(0);
    });

    it('a context menu opened mid-press (long press) drops the held press', () => {
      const overlay = document.getElementById('overlay')!;
      fire(overlay, 'pointerdown');
      fire(overlay, 'contextmenu');
      press(document.getElementById('elsewhere')!);
      expect(ctx.pageClicks).toHaveBeenCalledTimes(1);
      expect(ctx.requests).toHaveLength(0);
      // A real press on Post afterwards is still asked about.
      press(overlay);
      expect(ctx.requests).toHaveLength(1);
    });
  });

  describe('a dialog the page removed counts as closed', () => {
    beforeEach(() => {
      ctx = setup();
      ctx.editor.textContent = 'nghe nói mai nghỉ';
    });

    for (const tell of [true, false]) {
      it(`later presses are asked again, not swallowed (${tell ? 'reported at once' : 'found at the next press'})`, () => {
        press(document.getElementById('overlay')!);
        expect(ctx.requests).toHaveLength(1);
        ctx.removeDialog(tell);
        press(document.getElementById('overlay')!);
        expect(ctx.requests).toHaveLength(2);
        expect(ctx.log).toHaveBeenCalledWith(
          'guard.dialog-gone',
          expect.stringContaining('nothing was sent'),
        );
        // The lost dialog was never answered: nothing posted, nothing recorded; the new one works.
        expect(ctx.pageClicks).not.toHaveBeenCalled();
        expect(ctx.decisions).toEqual([]);
        ctx.requests[1]!.onProceed();
        expect(ctx.pageClicks).toHaveBeenCalledTimes(1);
        // A late answer from the lost dialog does nothing.
        ctx.requests[0]!.onProceed();
        expect(ctx.pageClicks).toHaveBeenCalledTimes(1);
      });
    }

    it('an Enter after the page removed the dialog is asked about again', () => {
      enter(ctx.editor);
      ctx.removeDialog(false);
      expect(enter(ctx.editor).defaultPrevented).toBe(true);
      expect(ctx.requests).toHaveLength(2);
    });
  });

  describe('post anyway on a control the site has unmounted', () => {
    /** The site renders its submit control again (or closes the menu it was in) while the dialog is open. */
    const rerenderSend = () => {
      const old = document.getElementById('send')!;
      const fresh = old.cloneNode(true) as HTMLElement;
      old.replaceWith(fresh);
      return fresh;
    };

    it('finds the control again through the adapter and sends once there', () => {
      ctx = setup({ relocate: true });
      ctx.editor.textContent = 'nghe nói';
      press(document.getElementById('overlay')!);
      rerenderSend();
      ctx.requests[0]!.onProceed();
      expect(ctx.pageClicks).toHaveBeenCalledTimes(1);
      expect(ctx.ui.showNotice).not.toHaveBeenCalled();
    });

    it('or asks the person to press once more, and lets exactly that press through', () => {
      ctx = setup();
      ctx.editor.textContent = 'nghe nói';
      press(document.getElementById('overlay')!);
      const fresh = rerenderSend();
      ctx.requests[0]!.onProceed();
      expect(ctx.pageClicks).not.toHaveBeenCalled();
      expect(ctx.ui.showNotice).toHaveBeenCalledWith({ kind: 'press-again', action: 'post' });
      expect(ctx.log).toHaveBeenCalledWith('guard.replay', expect.stringContaining('press once more'));
      // The person presses again: it goes out at once, unasked, untouched.
      press(fresh.querySelector('#overlay')!);
      expect(ctx.pageClicks).toHaveBeenCalledTimes(1);
      expect(ctx.requests).toHaveLength(1);
      expect(ctx.ui.hideNotice).toHaveBeenCalled();
      // Only that one press: the next is asked about again.
      press(fresh.querySelector('#overlay')!);
      expect(ctx.requests).toHaveLength(2);
    });
  });

  describe('a press before the guard is ready', () => {
    let readiness: ReadinessControl;
    beforeEach(() => {
      vi.useFakeTimers();
      readiness = createReadiness(() => Date.now());
    });
    afterEach(() => vi.useRealTimers());

    it('an Enter is held until the checker is ready, then asked about', async () => {
      ctx = setup({ readiness });
      ctx.editor.textContent = 'TỐI MẬT nghe nói';
      expect(enter(ctx.editor).defaultPrevented).toBe(true);
      expect(ctx.pageKeys).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(800);
      expect(ctx.requests).toHaveLength(0);
      readiness.set(true);
      await vi.advanceTimersByTimeAsync(0);
      expect(ctx.requests).toHaveLength(1);
      expect(ctx.pageKeys).not.toHaveBeenCalled();
      ctx.requests[0]!.onProceed();
      expect(ctx.pageKeys).toHaveBeenCalledTimes(1);
    });

    it('a clean click held past its click is sent on, once, when the guard is ready', async () => {
      ctx = setup({ readiness });
      ctx.editor.textContent = 'chào buổi sáng';
      press(document.getElementById('overlay')!);
      expect(ctx.pageClicks).not.toHaveBeenCalled();
      // Presses while it waits are part of the wait: nothing goes twice.
      press(document.getElementById('overlay')!);
      readiness.set(true);
      await vi.advanceTimersByTimeAsync(0);
      expect(ctx.pageClicks).toHaveBeenCalledTimes(1);
      expect(ctx.requests).toHaveLength(0);
      expect(ctx.log).not.toHaveBeenCalled();
    });

    it('ready between pointerdown and click: decided at the click (asked, or let through untouched)', () => {
      ctx = setup({ readiness });
      ctx.editor.textContent = 'nghe nói';
      const overlay = document.getElementById('overlay')!;
      fire(overlay, 'pointerdown');
      fire(overlay, 'mousedown');
      readiness.set(true);
      fire(overlay, 'pointerup');
      fire(overlay, 'mouseup');
      expect(fire(overlay, 'click').defaultPrevented).toBe(true);
      expect(ctx.requests).toHaveLength(1);
      ctx.requests[0]!.onEdit();

      const later = createReadiness(() => Date.now());
      ctx.controller.abort();
      ctx = setup({ readiness: later });
      ctx.editor.textContent = 'chào';
      const again = document.getElementById('overlay')!;
      fire(again, 'pointerdown');
      later.set(true);
      const click = fire(again, 'click');
      expect(click.defaultPrevented).toBe(false);
      expect(ctx.pageClicks).toHaveBeenCalledTimes(1);
    });

    it('past the bound the press goes through unchecked, and the log says so', async () => {
      ctx = setup({ readiness });
      ctx.editor.textContent = 'TỐI MẬT nghe nói';
      enter(ctx.editor);
      await vi.advanceTimersByTimeAsync(READY_WAIT_BOUND_MS - 1);
      expect(ctx.pageKeys).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(ctx.pageKeys).toHaveBeenCalledTimes(1);
      expect(ctx.requests).toHaveLength(0);
      expect(ctx.log).toHaveBeenCalledWith(
        'guard.not-ready',
        expect.stringContaining(`${READY_WAIT_BOUND_MS} ms`),
      );
      // Later presses, once ready, are checked as usual.
      readiness.set(true);
      enter(ctx.editor);
      expect(ctx.requests).toHaveLength(1);
    });
  });

  describe('a press with an attached picture', () => {
    /** A picture reader the test drives: the picture is being read until `read(text)`. */
    function readings() {
      let text: string | null = null;
      let finish!: () => void;
      const done = new Promise<void>((resolve) => (finish = resolve));
      const pictures: PictureReadings = {
        attach: vi.fn(),
        state: (imgs) => ({
          texts: imgs.map(() => ({ text: text ?? '' })),
          reading: text === null ? imgs.length : 0,
          unread: 0,
        }),
        settled: (_imgs, deadline) =>
          Number.isFinite(deadline)
            ? Promise.race([done, new Promise<void>((resolve) => setTimeout(resolve, deadline - Date.now()))])
            : done,
      };
      return {
        pictures,
        read(value: string) {
          text = value;
          finish();
        },
      };
    }
    const attachPicture = () => {
      const img = document.createElement('img');
      img.src = 'blob:https://chat.zalo.me/1';
      document.getElementById('box')!.append(img);
    };

    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('read within the bound with nothing in it: the held Enter goes on once, unasked', async () => {
      const reader = readings();
      ctx = setup({ pictures: reader.pictures });
      attachPicture();
      ctx.editor.textContent = 'Trưa nay ăn phở';
      expect(enter(ctx.editor).defaultPrevented).toBe(true);
      await vi.advanceTimersByTimeAsync(500);
      expect(ctx.pageKeys).not.toHaveBeenCalled();
      reader.read('PHỞ GIA TRUYỀN Phở bò tái 55.000');
      await vi.advanceTimersByTimeAsync(0);
      expect(ctx.pageKeys).toHaveBeenCalledTimes(1);
      expect(ctx.requests).toHaveLength(0);
      // The picture's text was checked with the typed text, as a part of its own.
      expect(ctx.check).toHaveBeenLastCalledWith({
        text: 'Trưa nay ăn phở',
        images: [{ text: 'PHỞ GIA TRUYỀN Phở bò tái 55.000' }],
      });
      await vi.advanceTimersByTimeAsync(PICTURE_WAIT_BOUND_MS);
      expect(ctx.pageKeys).toHaveBeenCalledTimes(1);
    });

    it("read within the bound with a stamp in it: the dialog asks, with the picture's text", async () => {
      const reader = readings();
      ctx = setup({ pictures: reader.pictures });
      attachPicture();
      ctx.editor.textContent = 'Anh xem giúp em';
      enter(ctx.editor);
      reader.read('TỐI MẬT\n\nBÁO CÁO');
      await vi.advanceTimersByTimeAsync(0);
      expect(ctx.requests).toHaveLength(1);
      expect(ctx.requests[0]!.draft.images).toEqual([{ text: 'TỐI MẬT\n\nBÁO CÁO' }]);
      expect(ctx.requests[0]!.pictures).toMatchObject({ reading: 0 });
      expect(ctx.pageKeys).not.toHaveBeenCalled();
    });

    it('still being read at the bound: the dialog says so and updates in place; back to edit sends nothing', async () => {
      const reader = readings();
      ctx = setup({ pictures: reader.pictures });
      attachPicture();
      ctx.editor.textContent = 'Gửi anh bản scan';
      enter(ctx.editor);
      await vi.advanceTimersByTimeAsync(PICTURE_WAIT_BOUND_MS - 1);
      expect(ctx.requests).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(1);
      expect(ctx.requests).toHaveLength(1);
      expect(ctx.requests[0]!.pictures).toMatchObject({ reading: 1 });
      expect(ctx.requests[0]!.result.verdict).toBe('clean');
      reader.read('TỐI MẬT');
      await vi.advanceTimersByTimeAsync(0);
      expect(ctx.updates).toHaveLength(1);
      expect(ctx.updates[0]!.result.verdict).toBe('review');
      expect(ctx.updates[0]!.pictures).toMatchObject({ reading: 0 });
      ctx.requests[0]!.onEdit();
      await vi.advanceTimersByTimeAsync(5000);
      expect(ctx.pageKeys).not.toHaveBeenCalled();
      expect(ctx.editor.textContent).toBe('Gửi anh bản scan');
      expect(ctx.decisions).toEqual(['edited']);
    });

    it('sent anyway while still being read: exactly once, and the reading that ends later neither sends nor updates', async () => {
      const reader = readings();
      ctx = setup({ pictures: reader.pictures });
      attachPicture();
      ctx.editor.textContent = 'Gửi anh bản scan';
      enter(ctx.editor);
      await vi.advanceTimersByTimeAsync(PICTURE_WAIT_BOUND_MS);
      ctx.requests[0]!.onProceed();
      expect(ctx.pageKeys).toHaveBeenCalledTimes(1);
      reader.read('TỐI MẬT');
      await vi.advanceTimersByTimeAsync(5000);
      expect(ctx.pageKeys).toHaveBeenCalledTimes(1);
      expect(ctx.updates).toHaveLength(0);
      expect(ctx.requests).toHaveLength(1);
    });

    it("text with a reason to ask is asked about at once; the picture's findings join when read", async () => {
      const reader = readings();
      ctx = setup({ pictures: reader.pictures });
      attachPicture();
      ctx.editor.textContent = 'nghe nói sắp có quyết định';
      enter(ctx.editor);
      expect(ctx.requests).toHaveLength(1);
      expect(ctx.requests[0]!.pictures).toMatchObject({ reading: 1 });
      reader.read('TỐI MẬT');
      await vi.advanceTimersByTimeAsync(0);
      expect(ctx.updates[0]!.draft.images).toEqual([{ text: 'TỐI MẬT' }]);
    });

    it('a reading that never answers cannot hold the press past its bound', async () => {
      const never: PictureReadings = {
        attach: vi.fn(),
        state: (imgs) => ({ texts: imgs.map(() => ({ text: '' })), reading: imgs.length, unread: 0 }),
        settled: () => new Promise<void>(() => undefined),
      };
      ctx = setup({ pictures: never });
      attachPicture();
      ctx.editor.textContent = 'chào';
      enter(ctx.editor);
      await vi.advanceTimersByTimeAsync(PICTURE_WAIT_BOUND_MS);
      expect(ctx.requests).toHaveLength(1);
      expect(ctx.requests[0]!.pictures).toMatchObject({ reading: 1 });
    });

    it('a picture reader that cannot load: the press is decided on its text (fail open), and that is logged', async () => {
      const log = vi.fn();
      ctx = setup({
        pictures: createDeferredPictures(() => Promise.reject(new Error('blocked by the page')), log),
      });
      attachPicture();
      ctx.editor.textContent = 'chào';
      enter(ctx.editor);
      await vi.advanceTimersByTimeAsync(0);
      expect(ctx.pageKeys).toHaveBeenCalledTimes(1);
      expect(ctx.requests).toHaveLength(0);
      expect(log).toHaveBeenCalledWith('guard.pictures-load', expect.stringContaining('blocked by the page'));
      // Later presses are not held for it any more.
      enter(ctx.editor);
      expect(ctx.pageKeys).toHaveBeenCalledTimes(2);
      expect(log).toHaveBeenCalledTimes(1);
    });

    it('no picture: nothing is waited for', () => {
      const reader = readings();
      ctx = setup({ pictures: reader.pictures });
      ctx.editor.textContent = 'chào';
      expect(enter(ctx.editor).defaultPrevented).toBe(false);
      expect(ctx.pageKeys).toHaveBeenCalledTimes(1);
    });
  });
});
