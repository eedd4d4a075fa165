import { createChecker } from '../../src/engine';
import { startGuard } from '../../src/guard/start-guard';
import { activeRules } from '../../src/settings/active-rules';
import { createErrorLogWriter } from '../../src/settings/error-log';
import { guardSettings, guardTestFault } from '../../src/settings/guard-settings';
import { createPageUi } from '../../src/ui/dialog/page-ui';

// Thin bootstrap: storage and the page in, the guard (src/guard) does the rest. Runs at document_start in
// every frame, so the capture listeners are on window before the site's own scripts attach theirs.
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
    startGuard({
      window,
      createChecker,
      activeRules,
      settings: guardSettings,
      testFault: guardTestFault,
      logError: createErrorLogWriter(),
      createUi: (document) => createPageUi({ document }),
      // onDecision: the journal (src/settings/journal.ts recordDecision) is wired here once it is on main.
      signal: ctx.signal,
    });
  },
});
