import type { createChecker } from '../../src/engine';
import type { GuardUi } from '../../src/guard/guard-types';
import { startGuard } from '../../src/guard/start-guard';
import { storedValue, type LocalStorageApi } from '../../src/guard/stored-value';
import type { ActiveRules } from '../../src/settings/active-rules';
import { createErrorLogWriter, type ErrorLogEntry } from '../../src/settings/error-log-ring';
import { DEFAULT_GUARD_SETTINGS, type GuardSettings } from '../../src/settings/guard-settings-shape';
import type { createPageUi } from '../../src/ui/dialog/page-ui';

// Thin bootstrap: storage and the page in, the guard (src/guard) does the rest. Runs at document_start in
// every frame, so the capture listeners are on window before the site's own scripts attach theirs.
// Storage keys (same as the typed items in src/settings): activeRules, guardSettings, guardTestFault, errorLog.
export default defineContentScript({
  matches: [
    'https://www.facebook.com/*',
    'https://web.facebook.com/*',
    'https://m.facebook.com/*',
    'https://www.tiktok.com/*',
    'https://chat.zalo.me/*',
  ],
  runAt: 'document_start',
  allFrames: true,
  main(ctx) {
    const api = browser.storage as unknown as LocalStorageApi;
    startGuard({
      window,
      loadEngine: async () => {
        await import(/* @vite-ignore */ browser.runtime.getURL('/guard-engine.js'));
        const create = (globalThis as { __wiseReaderEngine?: typeof createChecker }).__wiseReaderEngine;
        if (!create) throw new Error('guard engine script loaded without its entry');
        return create;
      },
      activeRules: storedValue<ActiveRules | null>(api, 'activeRules', null),
      settings: storedValue<GuardSettings>(api, 'guardSettings', DEFAULT_GUARD_SETTINGS),
      testFault: storedValue<boolean>(api, 'guardTestFault', false),
      logError: createErrorLogWriter(storedValue<ErrorLogEntry[]>(api, 'errorLog', [])),
      loadUi: async (): Promise<GuardUi> => {
        await import(/* @vite-ignore */ browser.runtime.getURL('/guard-ui.js'));
        const create = (globalThis as { __wiseReaderGuardUi?: typeof createPageUi }).__wiseReaderGuardUi;
        if (!create) throw new Error('guard UI script loaded without its entry');
        return create({ document });
      },
      // onDecision: the journal (src/settings/journal.ts recordDecision) is wired here once it is on main.
      signal: ctx.signal,
    });
  },
});
