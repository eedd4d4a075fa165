import { createAllowOnce } from './allow-once';
import { startBadgeLoop } from './badge-loop';
import { decisionEntry } from './decision-entry';
import { createDialogSession } from './dialog-session';
import { createFailOpen } from './fail-open';
import type { GuardOptions } from './guard-types';
import { createPressCheck } from './press-check';
import { watchPictureEvents } from './picture-events';
import { interceptPresses } from './press-interception';

/**
 * The guard on one page: capture listeners on window, registered at document_start so they run before the
 * sites' React roots. A press with no reason to ask passes untouched and undelayed; a press with one is held
 * back and the dialog asks. Everything is wrapped: if the guard fails, the event goes through and the
 * failure is logged. The parts: press-interception.ts (the presses), dialog-session.ts (the one dialog),
 * badge-loop.ts (the count beside the editor), press-check.ts (whether to ask), picture-events.ts (where the
 * reading of attached pictures starts).
 */
export function installGuard(options: GuardOptions): void {
  const { window: win, adapter, ui, signal } = options;
  const now = options.now ?? (() => performance.now());
  const failOpen = createFailOpen(options.log);

  // The badge and the dialogs refer to each other (a sent press refreshes the badge; the badge opens a
  // dialog): the badge is wired in once both exist.
  let afterSend: (editor: HTMLElement | null) => void = () => undefined;
  const dialogs = createDialogSession({
    ui,
    failOpen,
    record(press, asked, decision) {
      if (!options.onDecision) return;
      try {
        const where = { host: win.location.hostname, siteId: adapter.site, at: Date.now() };
        options.onDecision(decisionEntry(where, press, asked, decision));
      } catch (error) {
        failOpen('guard.decision', error);
      }
    },
    afterSend: (editor) => afterSend(editor),
  });
  const badge = startBadgeLoop({ ...options, now, dialogs, failOpen });
  afterSend = badge.refresh;

  watchPictureEvents(options);
  interceptPresses({
    window: win,
    adapter,
    ui,
    signal,
    now,
    allowOnce: createAllowOnce(),
    dialogs,
    check: createPressCheck(options),
    failOpen,
    afterSend: badge.refresh,
    noteEdit: badge.noteEdit,
  });
}
