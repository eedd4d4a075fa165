import type { DialogHandle, DialogRequest, GuardUi } from './guard-types';

/**
 * The page UI (Preact, dialog, styles) is loaded on first need rather than bundled into the content script
 * that runs on every page: most page loads never show it. `preload` starts loading early (when a guarded
 * editor gets focus or a press is held) so the dialog shows without a wait. If loading fails, a waiting
 * post goes through (fail open) and the failure is logged.
 */
export function createDeferredUi(
  load: () => Promise<GuardUi>,
  log: (where: string, message: string) => void,
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

  const deferred: GuardUi & { preload(): void } = {
    preload() {
      void preload();
    },
    owns: (event) => ui?.owns(event) ?? false,
    openDialog(request: DialogRequest): DialogHandle {
      if (ui) return ui.openDialog(request);
      let closed = false;
      let inner: DialogHandle | null = null;
      void preload().then((loaded) => {
        if (closed) return;
        if (!loaded) {
          // No UI, no question: the press goes through as if the extension were not there.
          if (request.pending) request.onProceed();
          else request.onEdit();
          return;
        }
        try {
          inner = loaded.openDialog(request);
        } catch (error) {
          log('guard.dialog', error instanceof Error ? error.message : String(error));
          if (request.pending) request.onProceed();
          else request.onEdit();
        }
      });
      return {
        close() {
          closed = true;
          inner?.close();
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
  };
  return deferred;
}
