import type { CheckResult, Draft } from '../engine/types';
import type { Press } from '../sites/site-adapter';
import { createAllowOnce } from './allow-once';
import { shouldAsk } from './ask-decision';
import { saveCaret } from './caret';
import type { DecisionEntry, GuardOptions } from './guard-types';
import { replayClick, replayEnter } from './replay';
import { journalEntryFromCheck } from '../journal/journal-entry-from-check';

/** The events of one physical press that follow the one we decided on (mouseup after mousedown…). */
const GESTURE_TAIL_MS = 1500;
const BADGE_DEBOUNCE_MS = 150;

interface Gesture {
  control: Element;
  blocked: boolean;
  at: number;
  /**
   * Opens the dialog for a press held back at pointerdown. It opens on the click, not at once: an overlay
   * appearing under the pointer mid-press would take the mouseup, and the press would never complete.
   */
  open?: () => void;
}

function swallow(event: Event): void {
  if (event.cancelable) event.preventDefault();
  event.stopImmediatePropagation();
}

function elementTarget(event: Event): Element | null {
  const target = event.target;
  return target && (target as Node).nodeType === 1 ? (target as Element) : null;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Capture-phase listeners on window, registered at document_start so they run before the sites' React roots.
 * A press with no reason to ask passes untouched and undelayed; a press with one is held back and the dialog
 * asks. Everything is wrapped: if the guard fails, the event goes through and the failure is logged.
 */
export function installGuard(options: GuardOptions): void {
  const { window: win, adapter, ui, signal } = options;
  const now = options.now ?? (() => performance.now());
  const allowOnce = createAllowOnce();
  let gesture: Gesture | null = null;
  let dialogOpen = false;

  const failOpen = (where: string, error: unknown): void => {
    try {
      options.log(where, describe(error));
    } catch {
      // Logging must never become a second failure.
    }
  };

  /** After a press goes out the site empties its editor without an input event: re-read the badge soon. */
  let refreshBadge: (editor: Element | null) => void = () => undefined;

  /** Runs the check for a press; null when there is nothing to ask (or anything failed: fail open). */
  const evaluate = (press: Press): { result: CheckResult; draft: Draft } | null => {
    const mode = options.mode();
    if (mode === 'off') return null;
    const checker = options.checker();
    if (!checker) return null;
    if (options.testFault()) throw new Error('guardTestFault is set: failing on purpose (fail-open test)');
    const draft = press.readDraft();
    const result = checker.check(draft);
    return shouldAsk(mode, result, draft) ? { result, draft } : null;
  };

  const record = (
    press: Press,
    asked: { result: CheckResult; draft: Draft },
    decision: DecisionEntry['decision'],
  ) => {
    if (!options.onDecision) return;
    try {
      const { result, draft } = asked;
      // The journal's one builder: personal data masked before the excerpt is cut.
      const entry = journalEntryFromCheck({
        result,
        draft,
        site: win.location.hostname,
        origin: 'guard',
        decision,
      });
      options.onDecision({
        ...entry,
        at: Date.now(),
        site: win.location.hostname,
        siteId: adapter.site,
        origin: 'guard',
        surface: press.surface,
        decision,
        linkVerdicts: result.links.map((l) => l.verdict),
      });
    } catch (error) {
      failOpen('guard.decision', error);
    }
  };

  /** Closes a dialog; a failure to close must not keep the press from going on (or back) as chosen. */
  const closeDialog = (handle: { close(): void }): void => {
    try {
      handle.close();
    } catch (error) {
      failOpen('guard.dialog-close', error);
    }
  };

  const ask = (press: Press, asked: { result: CheckResult; draft: Draft }, replay: () => void): void => {
    const caret = saveCaret(press.editor);
    let used = false;
    const handle = ui.openDialog({
      result: asked.result,
      draft: asked.draft,
      surface: press.surface,
      pending: true,
      onProceed() {
        if (used) return;
        used = true;
        dialogOpen = false;
        gesture = null;
        closeDialog(handle);
        record(press, asked, 'posted-anyway');
        try {
          // The site may have unmounted the control while the dialog had focus (a menu closing on blur):
          // the replay would reach nothing, so say so in the local log rather than fail silently.
          if (!press.control.isConnected) failOpen('guard.replay', new Error('the pressed control is gone'));
          if (press.editor && press.editor === press.control) caret.restore();
          replay();
          refreshBadge(press.editor);
        } catch (error) {
          failOpen('guard.replay', error);
        } finally {
          allowOnce.clear();
        }
      },
      onEdit() {
        if (used) return;
        used = true;
        dialogOpen = false;
        gesture = null;
        closeDialog(handle);
        record(press, asked, 'edited');
        try {
          caret.restore();
        } catch (error) {
          failOpen('guard.caret', error);
        }
      },
    });
    dialogOpen = true;
  };

  /** pointerdown / mousedown / click (and Enter or Space on a focused submit control). */
  const onPress = (event: Event): void => {
    try {
      if (ui.owns(event)) return;
      const target = elementTarget(event);
      if (!target) return;
      const t = now();
      if (event.type === 'click' && allowOnce.consume(event, t)) {
        gesture = null;
        return;
      }
      if (event.type === 'pointerdown') adapter.notePointer?.(target);
      const recent = gesture && t - gesture.at < GESTURE_TAIL_MS ? gesture : null;
      if (recent?.blocked && recent.open && !event.type.endsWith('down')) {
        // The rest of a press held back at pointerdown (mouseup, click): the page must not half-handle it.
        // Only pointer presses have a rest; after a held Enter, the next click is a press of its own.
        if (event.type === 'click') {
          gesture = null;
          try {
            recent.open?.();
          } catch (error) {
            // The dialog could not open: the click goes through as if we were not there (fail open).
            failOpen('guard.dialog', error);
            return;
          }
        }
        swallow(event);
        return;
      }
      if (event.type === 'pointerup' || event.type === 'mouseup') return;
      const press = adapter.pressFromClick(target);
      if (!press) return;
      if (dialogOpen) {
        swallow(event);
        return;
      }
      if (recent && recent.control === press.control && event.type !== 'pointerdown') {
        // Already decided at pointerdown for this press.
        if (recent.blocked) swallow(event);
        if (event.type === 'click') gesture = null;
        return;
      }
      const asked = evaluate(press);
      gesture = { control: press.control, blocked: asked !== null, at: t };
      if (!asked) {
        refreshBadge(press.editor);
        return;
      }
      ui.preload?.();
      const open = (): void => {
        if (dialogOpen) return;
        ask(press, asked, () => {
          allowOnce.grant(press.control, 'click', now());
          replayClick(press.control);
        });
      };
      // A press held at pointerdown opens on its click; a click on its own (keyboard, script) opens now
      // (and if opening throws, the click is not swallowed: fail open).
      if (event.type === 'click') open();
      else gesture.open = open;
      swallow(event);
    } catch (error) {
      gesture = null;
      failOpen('guard.press', error);
    }
  };

  const onKey = (event: Event): void => {
    const key = event as KeyboardEvent;
    // Lexical applies deletions itself from keydown (no beforeinput/input follows): they update the badge too.
    if ((key.key === 'Backspace' || key.key === 'Delete') && event.type === 'keydown') onInput(event);
    // Fast path: only Enter and Space can send; never while an input method composes (Telex/VNI).
    if (key.key !== 'Enter' && key.key !== ' ') return;
    if (key.isComposing || key.keyCode === 229) return;
    try {
      if (ui.owns(event)) return;
      const target = elementTarget(event);
      if (!target) return;
      const t = now();
      if (event.type !== 'keydown') {
        // keypress/keyup of an Enter we held back.
        if (gesture?.blocked && t - gesture.at < GESTURE_TAIL_MS && gesture.control === target)
          swallow(event);
        return;
      }
      if (allowOnce.consume(event, t)) return;
      let press: Press | null = null;
      let replay: (() => void) | null = null;
      if (target.matches('button, [role="button"], [role="menuitem"]')) {
        // Keyboard activation of a submit control.
        press = adapter.pressFromClick(target);
        const control = press?.control;
        if (control) {
          replay = () => {
            allowOnce.grant(control, 'click', now());
            replayClick(control);
          };
        }
      } else if (key.key === 'Enter' && !key.shiftKey && !key.ctrlKey && !key.altKey && !key.metaKey) {
        // Shift+Enter is a new line; plain Enter sends where the surface says so.
        press = adapter.pressFromEnter(target);
        const editor = press?.control;
        if (editor) {
          const code = key.code;
          replay = () => {
            allowOnce.grant(editor, 'keydown', now());
            replayEnter(editor, { code });
          };
        }
      }
      if (!press || !replay) return;
      if (dialogOpen) {
        swallow(event);
        return;
      }
      const asked = evaluate(press);
      gesture = { control: target, blocked: asked !== null, at: t };
      if (!asked) {
        refreshBadge(press.editor);
        return;
      }
      // Ask first: if the dialog cannot open, the Enter goes through untouched (fail open).
      ask(press, asked, replay);
      swallow(event);
    } catch (error) {
      gesture = null;
      failOpen('guard.key', error);
    }
  };

  // The badge: the count of findings beside the active editor, at most every BADGE_DEBOUNCE_MS.
  let badgeTimer: ReturnType<typeof setTimeout> | null = null;
  let badgeTarget: Element | null = null;
  /** The editor the badge is showing for, if any. */
  let badgeEditor: HTMLElement | null = null;
  const hideBadge = (): void => {
    if (!badgeEditor) return;
    badgeEditor = null;
    ui.hideBadge();
  };
  let badgeUpdatedAt = -Infinity;
  /**
   * At most one badge update every BADGE_DEBOUNCE_MS: the first change after a quiet spell is read at once
   * (next task, once the editor has applied it), changes during a burst are read at the end of the interval.
   */
  const scheduleBadge = (): void => {
    if (badgeTimer !== null) return;
    const wait = Math.max(0, BADGE_DEBOUNCE_MS - (now() - badgeUpdatedAt));
    badgeTimer = setTimeout(updateBadge, wait);
  };
  const updateBadge = (): void => {
    badgeTimer = null;
    badgeUpdatedAt = now();
    try {
      const target = badgeTarget;
      if (!target || !options.badgeEnabled() || dialogOpen) return;
      const spot = adapter.editorAt(target);
      const checker = options.checker();
      if (!spot || !checker) {
        hideBadge();
        return;
      }
      // Someone is writing in a guarded editor: a dialog may follow, get the UI ready.
      ui.preload?.();
      const draft = spot.readDraft();
      const result = checker.check(draft);
      badgeEditor = spot.editor;
      ui.showBadge(spot.editor, result, () => {
        if (dialogOpen) return;
        // Runs later, from the badge's own click: it needs its own guard, and the dialog only counts as
        // open once it is, or a failure here would swallow every later press on the page.
        try {
          const caret = saveCaret(spot.editor);
          const close = (): void => {
            dialogOpen = false;
            closeDialog(handle);
            caret.restore();
          };
          const handle = ui.openDialog({
            result: checker.check(spot.readDraft()),
            draft,
            surface: spot.surface,
            pending: false,
            onProceed: close,
            onEdit: close,
          });
          dialogOpen = true;
        } catch (error) {
          dialogOpen = false;
          failOpen('guard.badge-dialog', error);
        }
      });
    } catch (error) {
      failOpen('guard.badge', error);
    }
  };
  const onInput = (event: Event): void => {
    if (ui.owns(event)) return;
    badgeTarget = elementTarget(event);
    scheduleBadge();
  };
  refreshBadge = (editor) => {
    if (!editor || editor !== badgeEditor) return;
    badgeTarget = editor;
    // The site empties its editor in its own handler or a moment later: read after a full interval.
    if (badgeTimer === null) badgeTimer = setTimeout(updateBadge, BADGE_DEBOUNCE_MS);
  };
  // The badge is fixed-positioned beside its editor: it goes when the editor loses focus (a post, a click
  // elsewhere) or the page scrolls, and comes back with the next keystroke.
  const onLeave = (event: Event): void => {
    if (!badgeEditor || ui.owns(event)) return;
    if (event.type === 'focusout') {
      const next = (event as FocusEvent).relatedTarget as Node | null;
      if (event.target !== badgeEditor || (next && badgeEditor.contains(next))) return;
    }
    hideBadge();
  };

  const listen = { capture: true, signal } as const;
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
    win.addEventListener(type, onPress, listen);
  }
  for (const type of ['keydown', 'keypress', 'keyup']) win.addEventListener(type, onKey, listen);
  // beforeinput too: Lexical cancels it for deletions and applies them itself, so no input event follows.
  // The read happens after the debounce, when the editor has applied the change.
  for (const type of ['input', 'beforeinput', 'cut', 'paste', 'drop'])
    win.addEventListener(type, onInput, listen);
  win.addEventListener('focusout', onLeave, listen);
  win.addEventListener('scroll', onLeave, { capture: true, passive: true, signal });
  signal.addEventListener('abort', () => {
    if (badgeTimer !== null) clearTimeout(badgeTimer);
    hideBadge();
  });
}
