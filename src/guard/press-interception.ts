import type { AllowOnce } from './allow-once';
import type { DialogSession, HeldPress } from './dialog-session';
import type { FailOpen } from './fail-open';
import type { GuardOptions, GuardPress } from './guard-types';
import type { PressVerdict } from './press-check';
import { createPressAgainPass } from './press-again';
import { replayClick, replayEnter } from './replay';

/** The events of one physical press that follow the one we decided on (mouseup after mousedown…). */
export const GESTURE_TAIL_MS = 1500;

/**
 * How long a press that came before the guard was ready (the page has just loaded) is held for the checker,
 * counted from the press. Past it the press goes through unchecked, and that is logged (fail open).
 *
 * Why 2 s: measured on a shared 2-core machine under a load average of about 20 (`npm run bench -- guard`,
 * guard.load_to_ready_p95), the guard is ready within 0.8 s of navigation start on a fresh profile and
 * 0.6 s on an established one (p95), and a person cannot press anything before the page has drawn it — so a
 * press held for 2 s is waiting for something that is late, not slow (an engine script that does not come,
 * storage that does not answer). And a Post that does nothing for longer than about two seconds reads as
 * broken: people press again (those presses are swallowed while one is held, so nothing is sent twice) or
 * leave. Two seconds covers the slow case with room and still fails open before that.
 */
export const READY_WAIT_BOUND_MS = 2000;

/**
 * How long a press whose pictures are still being read waits for them, counted from the press, before the
 * dialog opens saying so (the person decides; the dialog updates itself in place when the reading ends).
 *
 * Why 2 s: a picture is read from the moment it is attached, not from the press, and reading one takes a
 * median 1.9 s on this 2-core machine with the worker warm (`npm run bench -- ocr`, fast model; 3.3 s in the
 * extension under a load of ~17, plus up to 4.2 s to start the worker cold: src/ocr/README.md). So a press
 * that comes after the text is typed usually finds the reading done and is decided at once; one that comes
 * right after the attach waits for the rest of it. Past two seconds a Post that does nothing reads as broken
 * (see READY_WAIT_BOUND_MS), so rather than hold it longer the dialog opens and says the picture is still
 * being read: the person is told, can wait and see, or decide. It never lets the press go unasked: a leaked
 * document is most often a photo, so a slow reading must not be a way around the question.
 */
export const PICTURE_WAIT_BOUND_MS = 2000;

interface Gesture {
  control: Element;
  blocked: boolean;
  at: number;
  /**
   * Decides, at its click, a press held back at pointerdown: opens the dialog, or holds the click until the
   * guard is ready. It runs on the click, not at once: an overlay appearing under the pointer mid-press
   * would take the mouseup, and the press would never complete. Returns whether the click is held (false:
   * it goes on untouched).
   */
  open?: () => boolean;
}

export interface PressInterceptionOptions extends Pick<GuardOptions, 'window' | 'adapter' | 'ui' | 'signal'> {
  now(): number;
  allowOnce: AllowOnce;
  dialogs: DialogSession;
  /**
   * The check for a press: pass, ask, or wait (for the guard to be ready, or for its pictures); `final` once
   * it has waited its bound. Throws only to fail open.
   */
  check(press: GuardPress, final?: boolean): PressVerdict;
  failOpen: FailOpen;
  /** A press went out unchecked-for-reason (clean): the badge re-reads its editor. */
  afterSend(editor: HTMLElement | null): void;
  /** Backspace/Delete keydown: Lexical applies deletions itself, with no input event after them. */
  noteEdit(event: Event): void;
}

function swallow(event: Event): void {
  if (event.cancelable) event.preventDefault();
  event.stopImmediatePropagation();
}

function elementTarget(event: Event): Element | null {
  const target = event.target;
  return target && (target as Node).nodeType === 1 ? (target as Element) : null;
}

/**
 * Capture-phase listeners on window for the presses that send: pointer/mouse/click on a submit control and
 * Enter (or Space on a focused button). A press is decided at pointerdown (or keydown): no reason → nothing
 * touched; reason → the press's events are swallowed and the dialog opens on its click. Anything that throws
 * lets the event go on untouched and is logged (fail open).
 */
export function interceptPresses(options: PressInterceptionOptions): void {
  const { window: win, adapter, ui, dialogs, allowOnce, now, failOpen, signal } = options;
  let gesture: Gesture | null = null;
  /** A press is held until the guard is ready: every other guarded press waits with it (bounded). */
  let waiting = false;
  const pressAgain = createPressAgainPass();

  /**
   * Sends a held press once: a re-dispatched click or Enter on its control, with a pass for exactly that
   * event. The site may have unmounted the control meanwhile (a menu that closed when the dialog took the
   * focus): the adapter finds it again from the press's editor, or else the person is told, in the dialog's
   * language, to press once more — and that one press on the same surface goes through unasked. A share is
   * never lost in silence.
   */
  const send = (press: GuardPress, replayOn: (control: HTMLElement) => void): void => {
    const control = press.control.isConnected ? press.control : (adapter.relocate?.(press)?.control ?? null);
    if (!control) {
      pressAgain.grant(press.surface, now());
      ui.showNotice?.({ kind: 'press-again', action: press.action });
      failOpen(
        'guard.replay',
        new Error(`the pressed control is gone (${press.surface}): asked the person to press once more`),
      );
      return;
    }
    try {
      replayOn(control);
    } finally {
      allowOnce.clear();
    }
  };

  /** The held press's way out: its gesture is forgotten, and "Post anyway" sends it once. */
  const held = (press: GuardPress, replayOn: (control: HTMLElement) => void): HeldPress => ({
    settle() {
      gesture = null;
    },
    replay: () => send(press, replayOn),
  });
  const replayClickOn = (control: HTMLElement): void => {
    allowOnce.grant(control, 'click', now());
    replayClick(control);
  };

  /**
   * Holds a press that cannot be decided yet — the guard is not ready (the page has just loaded), or its
   * pictures are still being read — for at most the wait's bound from the press, then decides it as any
   * other: the dialog, or the press sent on as it was. Past the bound, a guard still not ready lets it go
   * unchecked (and the log says so); pictures still being read open the dialog, which says so.
   */
  const decideWhenReady = (
    press: GuardPress,
    replayOn: (control: HTMLElement) => void,
    pressedAt: number,
    wait: Extract<PressVerdict, { kind: 'wait' }>,
  ): void => {
    waiting = true;
    ui.preload?.();
    const deadline = pressedAt + wait.bound;
    const decide = (): void => {
      waiting = false;
      gesture = null;
      try {
        const verdict = options.check(press, true);
        if (verdict.kind === 'ask') {
          dialogs.ask(press, verdict.asked, held(press, replayOn));
          return;
        }
        if (verdict.kind === 'wait') {
          failOpen(
            'guard.not-ready',
            new Error(
              `the checker was not ready ${READY_WAIT_BOUND_MS} ms after the press (${press.surface}): it went through unchecked`,
            ),
          );
        }
        send(press, replayOn);
        options.afterSend(press.editor);
      } catch (error) {
        // The check or the dialog failed: the held press goes on as if we were not there (fail open).
        failOpen('guard.press', error);
        send(press, replayOn);
      }
    };
    // The bound holds whatever the wait does (a reader still loading, a reading that never answers), and a
    // wait that fails ends it too: the held press is always decided, once.
    Promise.race([
      wait.until(deadline),
      new Promise((resolve) => win.setTimeout(resolve, deadline - now())),
    ]).then(decide, decide);
  };

  /** The press the person was asked to make once more: it goes through, unasked and untouched. */
  const isPressAgain = (press: GuardPress, t: number): boolean => {
    if (!pressAgain.consume(press.surface, t)) return false;
    ui.hideNotice?.();
    return true;
  };

  /** pointerdown / mousedown / click (and Enter or Space on a focused submit control). */
  const onPress = (event: Event): void => {
    try {
      if (ui.owns(event)) return;
      const target = elementTarget(event);
      if (!target) return;
      // Only the primary button presses anything: a right-click (context menu) or a middle-click (new tab)
      // never sends, and must not arm "hold the rest of this press" either.
      if (((event as MouseEvent).button ?? 0) !== 0) return;
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
          let hold: boolean;
          try {
            hold = recent.open();
          } catch (error) {
            // The dialog could not open: the click goes through as if we were not there (fail open).
            failOpen('guard.dialog', error);
            return;
          }
          // Decided at its click after all (the guard became ready, nothing to ask): it goes on untouched.
          if (!hold) return;
        }
        swallow(event);
        return;
      }
      if (event.type === 'pointerup' || event.type === 'mouseup') return;
      const press = adapter.pressFromClick(target);
      if (!press) return;
      if (dialogs.isOpen() || waiting) {
        swallow(event);
        return;
      }
      if (recent && recent.control === press.control && event.type !== 'pointerdown') {
        // Already decided at pointerdown for this press.
        if (recent.blocked) swallow(event);
        if (event.type === 'click') gesture = null;
        return;
      }
      if (isPressAgain(press, t)) {
        gesture = { control: press.control, blocked: false, at: t };
        return;
      }
      const verdict = options.check(press);
      gesture = { control: press.control, blocked: verdict.kind !== 'pass', at: t };
      if (verdict.kind === 'pass') {
        options.afterSend(press.editor);
        return;
      }
      ui.preload?.();
      const open =
        verdict.kind === 'ask'
          ? (): boolean => {
              if (!dialogs.isOpen()) dialogs.ask(press, verdict.asked, held(press, replayClickOn));
              return true;
            }
          : (): boolean => {
              // Not ready at pointerdown: perhaps by the click. Decide now if so; else hold the click.
              const atClick = options.check(press);
              if (atClick.kind === 'pass') {
                options.afterSend(press.editor);
                return false;
              }
              if (atClick.kind === 'ask') dialogs.ask(press, atClick.asked, held(press, replayClickOn));
              else decideWhenReady(press, replayClickOn, t, atClick);
              return true;
            };
      // A press held at pointerdown is decided on its click; a click on its own (keyboard, script) now (and
      // if opening the dialog throws, the click is not swallowed: fail open).
      if (event.type === 'click') {
        if (!open()) return;
      } else gesture.open = open;
      swallow(event);
    } catch (error) {
      gesture = null;
      failOpen('guard.press', error);
    }
  };

  const onKey = (event: Event): void => {
    const key = event as KeyboardEvent;
    if ((key.key === 'Backspace' || key.key === 'Delete') && event.type === 'keydown')
      options.noteEdit(event);
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
      let press: GuardPress | null = null;
      let replayOn: ((control: HTMLElement) => void) | null = null;
      if (target.matches('button, [role="button"], [role="menuitem"]')) {
        // Keyboard activation of a submit control.
        press = adapter.pressFromClick(target);
        if (press) replayOn = replayClickOn;
      } else if (key.key === 'Enter' && !key.shiftKey && !key.ctrlKey && !key.altKey && !key.metaKey) {
        // Shift+Enter is a new line; plain Enter sends where the surface says so.
        press = adapter.pressFromEnter(target);
        if (press) {
          const code = key.code;
          replayOn = (editor) => {
            allowOnce.grant(editor, 'keydown', now());
            replayEnter(editor, { code });
          };
        }
      }
      if (!press || !replayOn) return;
      if (dialogs.isOpen() || waiting) {
        swallow(event);
        return;
      }
      if (isPressAgain(press, t)) return;
      const verdict = options.check(press);
      gesture = { control: target, blocked: verdict.kind !== 'pass', at: t };
      if (verdict.kind === 'pass') {
        options.afterSend(press.editor);
        return;
      }
      if (verdict.kind === 'wait') {
        swallow(event);
        decideWhenReady(press, replayOn, t, verdict);
        return;
      }
      // Ask first: if the dialog cannot open, the Enter goes through untouched (fail open).
      dialogs.ask(press, verdict.asked, held(press, replayOn));
      swallow(event);
    } catch (error) {
      gesture = null;
      failOpen('guard.key', error);
    }
  };

  /**
   * A press held at pointerdown whose click will never come: the browser took the pointer over (a touch
   * that turned into a scroll) or a context menu opened (a long press). Forget it, or the next click
   * anywhere would be taken for its rest.
   */
  const onCancel = (): void => {
    if (gesture?.open) gesture = null;
  };

  const listen = { capture: true, signal } as const;
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
    win.addEventListener(type, onPress, listen);
  }
  for (const type of ['pointercancel', 'contextmenu']) win.addEventListener(type, onCancel, listen);
  for (const type of ['keydown', 'keypress', 'keyup']) win.addEventListener(type, onKey, listen);
}
