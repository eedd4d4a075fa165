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
  /** The press is decided (either way, or the dialog is gone): forget the gesture it belonged to. */
  settle(): void;
  /** Post anyway: send the held press once (a re-dispatched click or Enter). */
  replay(): void;
}

/**
 * The guard's dialog: at most one at a time, and while it is open every guarded press waits for it. It asks
 * about a held press (Post anyway / Back to edit) or shows what the badge counted (Close only). A dialog the
 * page removed (an SPA re-render of <body>) counts as closed: nothing can answer it, so it must not go on
 * holding every later press.
 */
export interface DialogSession {
  isOpen(): boolean;
  /** Opens the dialog for a held press; throws when it cannot open (the caller lets the press go: fail open). */
  ask(press: GuardPress, asked: AskedPress, held: HeldPress): void;
  /** The badge's dialog: what the check sees in the draft now, nothing pending. Never throws. */
  showFromBadge(spot: GuardEditorSpot, draft: Draft, result: () => CheckResult): void;
}

interface OpenDialog {
  handle: DialogHandle;
  /** The page removed it: let go of what it held, once. */
  lost(): void;
}

export function createDialogSession(options: DialogSessionOptions): DialogSession {
  const { ui, failOpen } = options;
  let current: OpenDialog | null = null;

  /** Closes a dialog; a failure to close must not keep the press from going on (or back) as chosen. */
  const close = (handle: DialogHandle): void => {
    try {
      handle.close();
    } catch (error) {
      failOpen('guard.dialog-close', error);
    }
  };

  const isOpen = (): boolean => {
    // The UI reports a removed dialog as it happens (onGone); asking here as well covers a removal that
    // came between that report and this press.
    if (current && gone(current.handle)) current.lost();
    return current !== null;
  };

  const gone = (handle: DialogHandle): boolean => {
    try {
      return handle.gone();
    } catch (error) {
      failOpen('guard.dialog-gone', error);
      return true;
    }
  };

  return {
    isOpen,

    ask(press, first, held) {
      const caret = saveCaret(press.editor);
      let used = false;
      // What the dialog shows now (and what an answer records): updated once pictures being read are read.
      let asked = first;
      const finish = (): void => {
        used = true;
        current = null;
        held.settle();
        close(handle);
      };
      const lost = (): void => {
        if (used) return;
        finish();
        // Nothing was posted and nobody answered: the draft is where the page left it. Say so locally.
        failOpen(
          'guard.dialog-gone',
          new Error(
            `the page removed the dialog before it was answered (${press.surface}); nothing was sent`,
          ),
        );
      };
      const handle = ui.openDialog({
        result: asked.result,
        draft: asked.draft,
        pictures: asked.pictures,
        surface: press.surface,
        action: press.action,
        pending: true,
        onProceed() {
          if (used) return;
          finish();
          options.record(press, asked, 'posted-anyway');
          try {
            if (press.editor && press.editor === press.control) caret.restore();
            held.replay();
            options.afterSend(press.editor);
          } catch (error) {
            failOpen('guard.replay', error);
          }
        },
        onEdit() {
          if (used) return;
          finish();
          options.record(press, asked, 'edited');
          try {
            caret.restore();
          } catch (error) {
            failOpen('guard.caret', error);
          }
        },
        onGone: () => lost(),
      });
      // A dialog answered (or lost) while opening (a UI that could not load) is not open any more.
      if (!used) current = { handle, lost };
      // Pictures still being read: the dialog shows what they say once read. It only ever shows; sending is
      // the person's "Post anyway" alone, so a reading that ends late can neither lose the post nor send it.
      const follow = (next: AskedPress): void => {
        next
          .whenRead?.()
          .then((read) => {
            if (used) return;
            asked = read;
            handle.update?.(read);
            follow(read);
          })
          .catch((error: unknown) => failOpen('guard.pictures', error));
      };
      follow(asked);
    },

    showFromBadge(spot, draft, result) {
      if (isOpen()) return;
      // Runs later, from the badge's own click: it needs its own guard, and the dialog only counts as open
      // once it is, or a failure here would swallow every later press on the page.
      try {
        const caret = saveCaret(spot.editor);
        let used = false;
        const done = (restore: boolean): void => {
          if (used) return;
          used = true;
          current = null;
          close(handle);
          if (restore) caret.restore();
        };
        const handle = ui.openDialog({
          result: result(),
          draft,
          surface: spot.surface,
          action: spot.action,
          pending: false,
          onProceed: () => done(true),
          onEdit: () => done(true),
          onGone: () => done(false),
        });
        if (!used) current = { handle, lost: () => done(false) };
      } catch (error) {
        current = null;
        failOpen('guard.badge-dialog', error);
      }
    },
  };
}
