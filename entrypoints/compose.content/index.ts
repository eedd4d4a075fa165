import type { createChecker } from '../../src/engine';
import type { GuardUi } from '../../src/guard/guard-types';
import { startGuard } from '../../src/guard/start-guard';
import { storedValue, type LocalStorageApi } from '../../src/settings/stored-value';
import type { ActiveRules } from '../../src/settings/active-rules';
import { createErrorReporter } from '../../src/settings/error-log-ring';
import { DEFAULT_GUARD_SETTINGS, type GuardSettings } from '../../src/settings/guard-settings-shape';
import type { GuardUiModule } from '../guard-ui';
import { GUARDED_PAGE_MATCHES } from '../../src/sites/guarded-pages';

// Thin bootstrap: storage and the page in, the guard (src/guard) does the rest. Runs at document_start in
// every frame, so the capture listeners are on window before the site's own scripts attach theirs.
// Storage keys read (same as the typed items in src/settings): activeRules, guardSettings, guardTestFault. It
// writes none: errors and journal entries go to the background as messages (docs/STORAGE.md).
export default defineContentScript({
  matches: GUARDED_PAGE_MATCHES,
  runAt: 'document_start',
  allFrames: true,
  main(ctx) {
    const storage = () => browser.storage as unknown as LocalStorageApi;
    startGuard({
      window,
      loadEngine: async () => {
        await import(/* @vite-ignore */ browser.runtime.getURL('/guard-engine.js'));
        const create = (globalThis as { __wiseReaderEngine?: typeof createChecker }).__wiseReaderEngine;
        if (!create) throw new Error('guard engine script loaded without its entry');
        return create;
      },
      activeRules: storedValue<ActiveRules | null>(storage, 'activeRules', null),
      settings: storedValue<GuardSettings>(storage, 'guardSettings', DEFAULT_GUARD_SETTINGS),
      testFault: storedValue<boolean>(storage, 'guardTestFault', false),
      // The background is the error log's only writer: a failure is reported to it, never written here.
      logError: createErrorReporter((report) => browser.runtime.sendMessage(report)),
      loadUi: async (): Promise<GuardUi> => {
        await import(/* @vite-ignore */ browser.runtime.getURL('/guard-ui.js'));
        const ui = (globalThis as { __wiseReaderGuardUi?: GuardUiModule }).__wiseReaderGuardUi;
        if (!ui) throw new Error('guard UI script loaded without its entry');
        return ui.createUi(document);
      },
      // A decision is only ever made in the dialog, so the UI script (which holds the journal) is loaded.
      onDecision: (entry) =>
        (globalThis as { __wiseReaderGuardUi?: GuardUiModule }).__wiseReaderGuardUi?.recordDecision(entry),
      signal: ctx.signal,
    });
  },
});
