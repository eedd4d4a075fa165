import { createPageUi } from '../src/ui/dialog/page-ui';

// The guard's page UI (Preact dialog and badge), kept out of the content script that runs on every page:
// compose.content imports this file on first need (see src/guard/deferred-ui.ts). Both run in the content
// script's isolated world, so the hand-over through its global is invisible to the page.
export default defineUnlistedScript(() => {
  (globalThis as { __wiseReaderGuardUi?: typeof createPageUi }).__wiseReaderGuardUi = createPageUi;
});
