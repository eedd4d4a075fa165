import { createChecker } from '../src/engine';

// The rule engine for the guard, kept out of the document_start content script (which must stay small on
// every page): compose.content imports it at once, in parallel with its storage reads (see
// src/guard/start-guard.ts). It runs in the content script's isolated world, invisible to the page.
export default defineUnlistedScript(() => {
  (globalThis as { __wiseReaderEngine?: typeof createChecker }).__wiseReaderEngine = createChecker;
});
