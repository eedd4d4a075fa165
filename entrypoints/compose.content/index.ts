import type { createChecker } from '../../src/engine';
import type { CompiledPack } from '../../src/engine/types';
import type { GuardUi } from '../../src/guard/guard-types';
import { startGuard } from '../../src/guard/start-guard';
import { storedValue, type LocalStorageApi } from '../../src/settings/stored-value';
import { createErrorReporter } from '../../src/settings/error-log-ring';
import {
  ACTIVE_RULES,
  GUARD_SETTINGS,
  GUARD_TEST_FAULT,
  GUARD_TEST_HOLD_ENGINE,
} from '../../src/settings/stored-keys';
import type { GuardPicturesModule } from '../guard-images';
import type { GuardUiModule } from '../guard-ui';
import { GUARDED_PAGE_MATCHES } from '../../src/sites';

// Thin bootstrap: storage and the page in, the guard (src/guard) does the rest. Runs at document_start in
// every frame, so the capture listeners are on window before the site's own scripts attach theirs.
// Storage: the entries of src/settings/stored-keys.ts (the typed items' table), read without the item library.
// It writes none: errors and journal entries go to the background as messages (docs/STORAGE.md).
/**
 * Imports one of the guard's own scripts (listed as web-accessible in wxt.config.ts) and returns what it left
 * on this isolated world's global under `name`.
 */
async function loadEntry<T>(file: string, name: string): Promise<T> {
  await import(/* @vite-ignore */ (browser.runtime.getURL as (path: string) => string)(file));
  const entry = (globalThis as Record<string, unknown>)[name] as T | undefined;
  if (!entry) throw new Error(`${file} loaded without its entry`);
  return entry;
}

export default defineContentScript({
  matches: GUARDED_PAGE_MATCHES,
  runAt: 'document_start',
  allFrames: true,
  main(ctx) {
    const storage = () => browser.storage as unknown as LocalStorageApi;
    const guard = startGuard({
      window,
      loadEngine: () => loadEntry<typeof createChecker>('/guard-engine.js', '__wiseReaderEngine'),
      activeRules: storedValue(storage, ACTIVE_RULES),
      loadBuiltinRules: async () => {
        // Generated at build time (wxt.config.ts), so not among the public paths WXT types.
        const url = (browser.runtime.getURL as (path: string) => string)('/builtin-rules.js');
        const module = (await import(/* @vite-ignore */ url)) as { default: CompiledPack[] };
        return module.default;
      },
      settings: storedValue(storage, GUARD_SETTINGS),
      testFault: storedValue(storage, GUARD_TEST_FAULT),
      holdEngine: storedValue(storage, GUARD_TEST_HOLD_ENGINE),
      // The background is the error log's only writer: a failure is reported to it, never written here.
      logError: createErrorReporter((report) => browser.runtime.sendMessage(report)),
      loadUi: async (): Promise<GuardUi> =>
        (await loadEntry<GuardUiModule>('/guard-ui.js', '__wiseReaderGuardUi')).createUi(document),
      loadPictures: async () =>
        (await loadEntry<GuardPicturesModule>('/guard-images.js', '__wiseReaderPictures'))(),
      // A decision is only ever made in the dialog, so the UI script (which holds the journal) is loaded.
      onDecision: (entry) =>
        (globalThis as { __wiseReaderGuardUi?: GuardUiModule }).__wiseReaderGuardUi?.recordDecision(entry),
      signal: ctx.signal,
    });
    // When the guard became ready, for `npm run bench -- guard` (load → ready). This global is the content
    // script's own world: the page cannot see it.
    if (guard) (globalThis as { __wiseReaderGuard?: typeof guard }).__wiseReaderGuard = guard;
  },
});
