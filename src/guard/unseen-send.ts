import { siteName, type SiteId, type Surface } from '../sites';
import { readEditorText } from '../sites/editor-text';
import type { SurfaceAction } from '../sites/site-definition';
import { labelMatches, namesOf } from '../sites/surface-table';
import type { GuardEditorSpot, GuardOptions } from './guard-types';

/**
 * A site change shows up as a signal, not as silence: when a recognised editor empties right after a press
 * the guard did not recognise (a send control whose shape changed), that is a message or a post that went
 * out unguarded. It is written to the local error log — site, surface and the shape of what was pressed,
 * never the draft — once per page per surface, so a person or an admin can report it and the selector can
 * be mended. Nothing leaves the browser.
 *
 * Not a send: the person emptying the box themselves (any input event of theirs in the editor cancels the
 * watch: select-all + Delete, cut, undo, an Enter that made a new line); the site emptying it after a press
 * the guard did recognise (that editor's next emptying is explained until the person edits it again: a
 * Studio "Post now" after a guarded Post); a click on a link, a tab, or a control named to cancel, close,
 * discard or delete; anything pressed outside the editor's surface.
 */

/** How long after the press the editor is looked at: sites empty it at once or after a round trip. */
export const UNSEEN_SEND_CHECKS_MS = [250, 1000, 2500] as const;

/** Controls that empty an editor without sending anything. */
const DISMISS_LABELS = [
  'Hủy*',
  'Huỷ*',
  'Cancel*',
  'Đóng*',
  'Close*',
  'Bỏ*',
  'Discard*',
  'Xóa*',
  'Xoá*',
  'Delete*',
  'Remove*',
  'Gỡ*',
  'Clear*',
  'Thu nhỏ*',
  'Minimize*',
  'Quay lại*',
  'Back*',
];
/** Navigation, never a send control: a conversation in a list, a tab, a link. */
const NOT_A_SEND = 'a[href], [role="tab"], [role="option"], [role="link"]';
const CONTROL = 'button, [role="button"], [role="menuitem"], input[type="submit"], [tabindex]';

const WORDS: Record<SurfaceAction, { vi: string; en: string }> = {
  send: {
    vi: 'tin nhắn đã gửi đi mà không qua nút gửi nào được nhận ra',
    en: 'message sent without a recognised send control',
  },
  post: {
    vi: 'bài đã đăng mà không qua nút đăng nào được nhận ra',
    en: 'post went out without a recognised post control',
  },
  share: {
    vi: 'nội dung đã chia sẻ mà không qua nút chia sẻ nào được nhận ra',
    en: 'share went out without a recognised share control',
  },
};

export interface UnseenSendOptions extends Pick<GuardOptions, 'window' | 'adapter' | 'log' | 'signal'> {
  /** The site of the page (a spot without a site of its own belongs to it). */
  site: SiteId;
  /** Whether the guard is on for this editor's site: a site switched off is not watched. */
  watching(spot: GuardEditorSpot): boolean;
  /** The extension's own UI (the dialog): presses there are never the site's. */
  owns(event: Event): boolean;
  /** Only a person's own events count (the guard's replays are not); injectable for tests. */
  isTrusted?(event: Event): boolean;
}

interface Watch {
  spot: GuardEditorSpot;
  site: SiteId;
  how: string;
  edited: boolean;
  timers: ReturnType<typeof setTimeout>[];
}

function clip(value: string, max = 60): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** tag, role, aria-label, title, data-* names and classes of one element: its shape, never its text. */
export function describeElement(el: Element): string {
  let out = el.tagName.toLowerCase();
  const classes = [...el.classList].slice(0, 10).map((name) => clip(name, 40));
  if (classes.length) out += `.${classes.join('.')}`;
  for (const attr of ['role', 'aria-label', 'title', 'type']) {
    const value = el.getAttribute(attr);
    if (value) out += `[${attr}="${clip(value)}"]`;
  }
  const data = el
    .getAttributeNames()
    .filter((name) => name.startsWith('data-'))
    .slice(0, 8);
  if (data.length) out += `{${data.join(' ')}}`;
  return out;
}

/** The pressed element and up to two of its ancestors inside the surface, innermost first. */
function describePressed(target: Element, area: Element | undefined): string {
  const chain: string[] = [];
  for (let el: Element | null = target; el && chain.length < 3; el = el.parentElement) {
    chain.push(describeElement(el));
    if (el === area) break;
  }
  return chain.join(' < ');
}

export function unseenSendMessage(site: SiteId, surface: Surface, action: SurfaceAction, pressed: string) {
  const words = WORDS[action];
  return `${siteName(site, 'vi')}: ${words.vi} — ${siteName(site, 'en')}: ${words.en} (${surface}; ${pressed})`;
}

/**
 * Registers the watch (passive capture listeners on window, detached by the signal). Register it before the
 * guard's own listeners: a press the guard holds back never reaches listeners after its own, and the watch
 * must still learn that the press was seen.
 */
export function watchUnseenSends(options: UnseenSendOptions): void {
  const { window: win, adapter, signal } = options;
  const trusted = options.isTrusted ?? ((event: Event) => event.isTrusted);
  /** The editable the person last typed in (resolved to a surface when a press comes). */
  let typedIn: WeakRef<Element> | null = null;
  /** Editors whose next emptying a recognised press explains (until the person edits them again). */
  const explained = new WeakSet<Element>();
  const logged = new Set<string>();
  let watch: Watch | null = null;

  const stop = (): void => {
    if (!watch) return;
    for (const timer of watch.timers) clearTimeout(timer);
    watch = null;
  };

  const check = (current: Watch, last: boolean): void => {
    if (watch !== current) return;
    const editor = current.spot.editor;
    if (current.edited || !editor.isConnected || explained.has(editor)) return stop();
    if (readEditorText(editor).trim() !== '') {
      if (last) stop();
      return;
    }
    stop();
    const key = `${current.site}:${current.spot.surface}`;
    if (logged.has(key)) return;
    logged.add(key);
    options.log(
      `sites.${current.site}`,
      unseenSendMessage(current.site, current.spot.surface, current.spot.action, current.how),
    );
  };

  const start = (spot: GuardEditorSpot, how: string): void => {
    stop();
    const current: Watch = { spot, site: spot.site ?? options.site, how, edited: false, timers: [] };
    watch = current;
    current.timers = UNSEEN_SEND_CHECKS_MS.map((ms, i) =>
      setTimeout(() => check(current, i === UNSEEN_SEND_CHECKS_MS.length - 1), ms),
    );
  };

  /** The editor the person last wrote in, when its site is watched. */
  const writingIn = (): GuardEditorSpot | null => {
    const at = typedIn?.deref();
    if (!at || !at.isConnected) return null;
    const spot = adapter.editorAt(at);
    return spot && options.watching(spot) ? spot : null;
  };

  /** A press outside the editor, beside it: a click, or Enter/Space on a focused control. */
  const onControl = (target: Element, how: string): void => {
    const spot = writingIn();
    if (!spot || spot.editor.contains(target) || !spot.area?.contains(target)) return;
    if (readEditorText(spot.editor).trim() === '') return;
    const press = adapter.pressFromClick(target);
    if (press) {
      if (press.editor) explained.add(press.editor);
      return stop();
    }
    if (target.closest(NOT_A_SEND)) return;
    const control = target.closest(CONTROL) ?? target;
    const names = [...namesOf(control), (control.textContent ?? '').slice(0, 200)];
    if (names.some((name) => labelMatches(name, DISMISS_LABELS))) return;
    start(spot, `${how}: ${describePressed(target, spot.area)}`);
  };

  const onEnter = (target: Element, event: KeyboardEvent): void => {
    const spot = adapter.editorAt(target);
    if (!spot || !options.watching(spot)) return;
    if (readEditorText(spot.editor).trim() === '') return;
    if (!event.ctrlKey && !event.metaKey && adapter.pressFromEnter(target)) {
      explained.add(spot.editor);
      return stop();
    }
    start(spot, `Enter: ${describeElement(spot.editor)}`);
  };

  let failed = false;
  const guarded =
    <E extends Event>(handle: (event: E, target: Element) => void) =>
    (event: Event): void => {
      try {
        if (!trusted(event) || options.owns(event)) return;
        const target = event.target as Node | null;
        if (!target || target.nodeType !== 1) return;
        handle(event as E, target as Element);
      } catch (error) {
        // The watch never touches the page's events; a failure is logged once, not at every keystroke.
        if (failed) return;
        failed = true;
        try {
          options.log(
            'guard.unseen-send',
            error instanceof Error ? `${error.name}: ${error.message}` : String(error),
          );
        } catch {
          // Logging must not become a second failure.
        }
      }
    };

  const onEdit = guarded<Event>((event, target) => {
    if (event.type === 'keydown') {
      const key = (event as KeyboardEvent).key;
      if (key !== 'Backspace' && key !== 'Delete') return;
    }
    const editable = target.closest('[contenteditable="true"], textarea, input') ?? target;
    if (typedIn?.deref() !== editable) typedIn = new WeakRef(editable);
    if (watch?.spot.editor.contains(target)) watch.edited = true;
    for (let el: Element | null = editable; el; el = el.parentElement) {
      if (explained.has(el)) explained.delete(el);
    }
  });

  const onPointer = guarded<PointerEvent>((event, target) => {
    if (event.button === 0) onControl(target, 'click');
  });

  const onKey = guarded<KeyboardEvent>((event, target) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    if (event.isComposing || event.keyCode === 229 || event.shiftKey) return;
    if (target.closest('[contenteditable="true"], textarea')) {
      if (event.key === 'Enter') onEnter(target, event);
      return;
    }
    onControl(target, event.key === 'Enter' ? 'Enter on' : 'Space on');
  });

  const listen = { capture: true, passive: true, signal } as const;
  for (const type of ['beforeinput', 'input', 'cut', 'drop', 'keydown'])
    win.addEventListener(type, onEdit, listen);
  win.addEventListener('pointerdown', onPointer, listen);
  win.addEventListener('keydown', onKey, listen);
  signal.addEventListener('abort', stop);
}
