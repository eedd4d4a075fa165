import type { DecisionEntry, GuardUi } from '../src/guard/guard-types';
import type { HistoryRequest, HistoryResponse } from '../src/history/history-messages';
import { recordDecision } from '../src/settings/journal';
import { browserLanguages, resolveUiLanguage, type UiLanguage } from '../src/settings/language-choice';
import { watchUiLanguage } from '../src/settings/ui-language';
import { createPageUi } from '../src/ui/dialog/page-ui';
import type { ShareServices } from '../src/ui/dialog/share-services';

/** The dialog's questions about shared pages go to the background, which alone may read history. */
function ask<R extends HistoryRequest>(request: R): Promise<HistoryResponse<R>> {
  return browser.runtime.sendMessage(request) as Promise<HistoryResponse<R>>;
}
const share: ShareServices = {
  opened: (urls) => ask({ type: 'wr-history', op: 'opened', urls }),
  ask: () => void ask({ type: 'wr-history', op: 'ask' }).catch(() => undefined),
  decline: () => void ask({ type: 'wr-history', op: 'decline' }).catch(() => undefined),
};

/** What this script hands to the content script (through the isolated world's global). */
export interface GuardUiModule {
  createUi(document: Document): GuardUi;
  /** Writes one dialog decision to the private journal (does nothing when the journal is off). */
  recordDecision(entry: DecisionEntry): void;
}

// The guard's page UI (Preact dialog and badge) and what only the UI needs (the journal, the language
// setting), kept out of the content script that runs on every page: compose.content imports this file on
// first need (see src/guard/deferred-ui.ts). Both run in the content script's isolated world, so the
// hand-over through its global is invisible to the page.
export default defineUnlistedScript(() => {
  // The browser's languages until the stored choice is read (a moment later).
  let lang: UiLanguage = resolveUiLanguage('auto', browserLanguages(navigator));
  watchUiLanguage((chosen) => (lang = chosen));
  const module: GuardUiModule = {
    createUi: (document) => createPageUi({ document, language: () => lang, share }),
    recordDecision(entry) {
      void recordDecision({
        at: entry.at,
        site: entry.site,
        origin: 'guard',
        excerpt: entry.excerpt,
        verdict: entry.verdict,
        found: entry.found,
        decision: entry.decision,
      });
    },
  };
  (globalThis as { __wiseReaderGuardUi?: GuardUiModule }).__wiseReaderGuardUi = module;
});
