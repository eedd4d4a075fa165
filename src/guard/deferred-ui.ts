import type { DialogHandle, DialogRequest, GuardUi } from './guard-types';

/**
 * How long a held press waits for the dialog script to load before it goes through unasked (fail open).
 * The script is an extension file read from disk (tens of milliseconds); five seconds means it is not
 * coming (an extension being updated or disabled under the page), and the press must not wait for ever.
 */
export const UI_LOAD_BOUND_MS = 5000;

/**
 * The page UI (Preact, dialog, styles) is loaded on first need rather than bundled into the content script
 * that runs on every page: most page loads never show it. `preload` starts loading early (when a guarded
 * editor gets focus or a press is held) so the dialog shows without a wait. If loading fails, or takes
 * longer than UI_LOAD_BOUND_MS, a waiting post goes through (fail open) and the failure is logged.
 */
export function createDeferredUi(
  load: () => Promise<GuardUi>,
  log: (where: string, message: string) => void,
  timers: Pick<Window, 'setTimeout' | 'clearTimeout'> = globalThis,
) {
  let ui: GuardUi | null = null;
  let loading: Promise<GuardUi | null> | null = null;

  const preload = (): Promise<GuardUi | null> =>
    (loading ??= load().then(
      (loaded) => (ui = loaded),
      (error: unknown) => {
        log('guard.ui-load', error instanceof Error ? error.message : String(error));
        loading = null;
        return null;
      },
    ));

  /** No UI, no question: the press goes through as if the extension were not there. */
  const unasked = (request: DialogRequest): void => {
    if (request.pending) request.onProceed();
    else request.onEdit();
  };

  const deferred: GuardUi & { preload(): void } = {
    preload() {
      void preload();
    },
    owns: (event) => ui?.owns(event) ?? false,
    openDialog(request: DialogRequest): DialogHandle {
      if (ui) return ui.openDialog(request);
      let closed = false;
      let inner: DialogHandle | null = null;
      // An update that comes while the script loads is what the dialog opens with.
      let shown: DialogRequest = request;
      const bound = timers.setTimeout(() => {
        if (closed || inner) return;
        closed = true;
        log('guard.ui-load', `the dialog script did not load within ${UI_LOAD_BOUND_MS} ms`);
        unasked(request);
      }, UI_LOAD_BOUND_MS);
      void preload().then((loaded) => {
        timers.clearTimeout(bound);
        if (closed) return;
        if (!loaded) {
          closed = true;
          unasked(request);
          return;
        }
        try {
          inner = loaded.openDialog(shown);
        } catch (error) {
          log('guard.dialog', error instanceof Error ? error.message : String(error));
          closed = true;
          unasked(request);
        }
      });
      return {
        close() {
          closed = true;
          timers.clearTimeout(bound);
          inner?.close();
        },
        // Still loading is not gone: the bound above lets the press go if the script never comes.
        gone: () => inner?.gone() ?? false,
        update(next) {
          if (closed) return;
          if (inner) inner.update?.(next);
          else shown = { ...shown, ...next };
        },
      };
    },
    showBadge(editor, result, onOpen) {
      if (ui) ui.showBadge(editor, result, onOpen);
      else void preload().then((loaded) => loaded?.showBadge(editor, result, onOpen));
    },
    hideBadge() {
      ui?.hideBadge();
    },
    showNotice(notice) {
      if (ui) ui.showNotice?.(notice);
      else void preload().then((loaded) => loaded?.showNotice?.(notice));
    },
    hideNotice() {
      ui?.hideNotice?.();
    },
  };
  return deferred;
}
