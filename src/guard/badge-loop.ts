import type { DialogSession } from './dialog-session';
import type { FailOpen } from './fail-open';
import type { GuardOptions } from './guard-types';

export const BADGE_DEBOUNCE_MS = 150;

export interface BadgeLoop {
  /** Something changed in an editor (input, paste, a deletion Lexical applies itself): re-read soon. */
  noteEdit(event: Event): void;
  /** A press went out from `editor`: the site empties it without an input event, so read it again. */
  refresh(editor: HTMLElement | null): void;
}

/**
 * The badge: the count of findings beside the active editor, read at most every BADGE_DEBOUNCE_MS. It goes
 * when the editor loses focus or the page scrolls, and comes back with the next keystroke. Its click opens
 * the dialog with nothing pending.
 */
export function startBadgeLoop(
  options: Pick<GuardOptions, 'window' | 'adapter' | 'ui' | 'checker' | 'badgeEnabled' | 'signal'> & {
    now(): number;
    dialogs: DialogSession;
    failOpen: FailOpen;
  },
): BadgeLoop {
  const { window: win, adapter, ui, dialogs, now, failOpen, signal } = options;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let target: Element | null = null;
  /** The editor the badge is showing for, if any. */
  let shownFor: HTMLElement | null = null;
  let updatedAt = -Infinity;

  const hide = (): void => {
    if (!shownFor) return;
    shownFor = null;
    ui.hideBadge();
  };

  const update = (): void => {
    timer = null;
    updatedAt = now();
    try {
      const at = target;
      if (!at || dialogs.isOpen()) return;
      const spot = adapter.editorAt(at);
      const checker = options.checker();
      if (!spot || !checker || !options.badgeEnabled(spot)) {
        hide();
        return;
      }
      // Someone is writing in a guarded editor: a dialog may follow, get the UI ready.
      ui.preload?.();
      const draft = spot.readDraft();
      const result = checker.check(draft);
      shownFor = spot.editor;
      ui.showBadge(spot.editor, result, () =>
        dialogs.showFromBadge(spot, draft, () => checker.check(spot.readDraft())),
      );
    } catch (error) {
      failOpen('guard.badge', error);
    }
  };

  /**
   * At most one update every BADGE_DEBOUNCE_MS: the first change after a quiet spell is read at once (next
   * task, once the editor has applied it), changes during a burst are read at the end of the interval.
   */
  const schedule = (): void => {
    if (timer !== null) return;
    timer = setTimeout(update, Math.max(0, BADGE_DEBOUNCE_MS - (now() - updatedAt)));
  };

  const noteEdit = (event: Event): void => {
    if (ui.owns(event)) return;
    const at = event.target;
    target = at && (at as Node).nodeType === 1 ? (at as Element) : null;
    schedule();
  };

  // The badge is fixed-positioned beside its editor: it goes when the editor loses focus (a post, a click
  // elsewhere) or the page scrolls, and comes back with the next keystroke.
  const onLeave = (event: Event): void => {
    if (!shownFor || ui.owns(event)) return;
    if (event.type === 'focusout') {
      const next = (event as FocusEvent).relatedTarget as Node | null;
      if (event.target !== shownFor || (next && shownFor.contains(next))) return;
    }
    hide();
  };

  const listen = { capture: true, signal } as const;
  // beforeinput too: Lexical cancels it for deletions and applies them itself, so no input event follows.
  // The read happens after the debounce, when the editor has applied the change.
  for (const type of ['input', 'beforeinput', 'cut', 'paste', 'drop'])
    win.addEventListener(type, noteEdit, listen);
  win.addEventListener('focusout', onLeave, listen);
  win.addEventListener('scroll', onLeave, { capture: true, passive: true, signal });
  signal.addEventListener('abort', () => {
    if (timer !== null) clearTimeout(timer);
    hide();
  });

  return {
    noteEdit,
    refresh(editor) {
      if (!editor || editor !== shownFor) return;
      target = editor;
      // The site empties its editor in its own handler or a moment later: read after a full interval.
      if (timer === null) timer = setTimeout(update, BADGE_DEBOUNCE_MS);
    },
  };
}
