import type { CheckResult, Draft } from '../engine/types';
import { saveCaret } from './caret';
import type { FailOpen } from './fail-open';
import type { DecisionEntry, DialogHandle, GuardEditorSpot, GuardPress, GuardUi } from './guard-types';
import type { AskedPress } from './press-check';

export interface DialogSessionOptions {
  ui: GuardUi;
  failOpen: FailOpen;
  /** One answer at the dialog, for the journal. */
  record(press: GuardPress, asked: AskedPress, decision: DecisionEntry['decision']): void;
  /** A held press went out: the site empties its editor without an input event, so the badge re-reads. */
  afterSend(editor: HTMLElement | null): void;
}

/** How a held press ends: the press handlers' own clean-up, then the replay of exactly that press. */
export interface HeldPress {
  /** The press is decided (either way): forget the gesture it belonged to. */
  settle(): void;
  /** Post anyway: send the held press once (a re-dispatched click or Enter). */
  replay(): void;
}

/**
 * The guard's dialog: at most one at a time, and while it is open every guarded press waits for it. It asks
 * about a held press (Post anyway / Back to edit) or shows what the badge counted (Close only).
 */
export interface DialogSession {
  isOpen(): boolean;
  /** Opens the dialog for a held press; throws when it cannot open (the caller lets the press go: fail open). */
  ask(press: GuardPress, asked: AskedPress, held: HeldPress): void;
  /** The badge's dialog: what the check sees in the draft now, nothing pending. Never throws. */
  showFromBadge(spot: GuardEditorSpot, draft: Draft, result: () => CheckResult): void;
}

export function createDialogSession(options: DialogSessionOptions): DialogSession {
  const { ui, failOpen } = options;
  let open = false;

  /** Closes a dialog; a failure to close must not keep the press from going on (or back) as chosen. */
  const close = (handle: DialogHandle): void => {
    try {
      handle.close();
    } catch (error) {
      failOpen('guard.dialog-close', error);
    }
  };

  return {
    isOpen: () => open,

    ask(press, asked, held) {
      const caret = saveCaret(press.editor);
      let used = false;
      const handle = ui.openDialog({
        result: asked.result,
        draft: asked.draft,
        surface: press.surface,
        action: press.action,
        pending: true,
        onProceed() {
          if (used) return;
          used = true;
          open = false;
          held.settle();
          close(handle);
          options.record(press, asked, 'posted-anyway');
          try {
            // The site may have unmounted the control while the dialog had focus (a menu closing on blur):
            // the replay would reach nothing, so say so in the local log rather than fail silently.
            if (!press.control.isConnected)
              failOpen('guard.replay', new Error('the pressed control is gone'));
            if (press.editor && press.editor === press.control) caret.restore();
            held.replay();
            options.afterSend(press.editor);
          } catch (error) {
            failOpen('guard.replay', error);
          }
        },
        onEdit() {
          if (used) return;
          used = true;
          open = false;
          held.settle();
          close(handle);
          options.record(press, asked, 'edited');
          try {
            caret.restore();
          } catch (error) {
            failOpen('guard.caret', error);
          }
        },
      });
      open = true;
    },

    showFromBadge(spot, draft, result) {
      if (open) return;
      // Runs later, from the badge's own click: it needs its own guard, and the dialog only counts as open
      // once it is, or a failure here would swallow every later press on the page.
      try {
        const caret = saveCaret(spot.editor);
        const done = (): void => {
          open = false;
          close(handle);
          caret.restore();
        };
        const handle = ui.openDialog({
          result: result(),
          draft,
          surface: spot.surface,
          action: spot.action,
          pending: false,
          onProceed: done,
          onEdit: done,
        });
        open = true;
      } catch (error) {
        open = false;
        failOpen('guard.badge-dialog', error);
      }
    },
  };
}
