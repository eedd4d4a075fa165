import { storage } from 'wxt/utils/storage';
import { createChecker } from '../src/engine';
import { isHistoryRequest } from '../src/history/history-messages';
import { createHistoryService } from '../src/history/history-service';
import { registerContextMenu } from '../src/menus/context-menu';
import { registerImageReading } from '../src/ocr/register-image-reading';
import { loadPack } from '../src/packs';
import { activeRules } from '../src/settings/active-rules';
import { createErrorLogItemWriter, readErrorReport } from '../src/settings/error-log';
import { guardSettings, normalizeGuardSettings } from '../src/settings/guard-settings';
import { packCatalog, packStoreState, publishedRulesDigest } from '../src/settings/pack-store';
import {
  HISTORY_PERMISSION,
  historyOfferMade,
  READ_BEFORE_SHARE_SECTION,
} from '../src/settings/read-before-share';
import { builtinPackSources } from '../src/store/builtin-pack-sources';
import { isPackStoreMessage, runPackStoreCommand } from '../src/store/pack-store-messages';
import { messageSenderOf, readJournalMessage } from '../src/journal/journal-messages';
import { createSenderRateLimit } from '../src/journal/sender-rate-limit';
import { createJournal, JOURNAL_RETENTION_KEY, type JournalStorageApi } from '../src/settings/journal';
import { exampleRunner } from '../src/store/example-problems';
import { createPackStore } from '../src/store/pack-store-service';
import { STORE_HEALTH_KEY } from '../src/store/store-health';
import { enforcePolicyOnGuardSettings } from '../src/store/policy-guard-settings';
import { rulesDigest } from '../src/store/same-packs';

// Subscriptions are checked by one hourly alarm; each has its own interval (default 24 h, at least 1 h).
const SUBSCRIPTION_ALARM = 'wr-pack-subscriptions';
const JOURNAL_ALARM = 'wr-journal-retention';

export default defineBackground(() => {
  registerContextMenu(browser);
  // Firefox reads images in this page; Chrome in an offscreen document (the OCR code stays out of its worker).
  registerImageReading(
    browser,
    import.meta.env.FIREFOX ? () => import('../src/ocr/browser-ocr-host') : undefined,
  );

  const logError = createErrorLogItemWriter();
  const store = createPackStore({
    loadPack,
    runExamples: exampleRunner(createChecker),
    builtinSources: builtinPackSources,
    loadState: () => packStoreState.getValue(),
    // One storage.local.set: the state, the rules and the catalog land together or not at all (quota).
    persist: async ({ state, active, catalog }) => {
      // A restart recomputes the same set: rewriting it would wake every open tab's watcher for nothing.
      const digest = await rulesDigest(active);
      const rulesChanged =
        digest !== (await publishedRulesDigest.getValue()) || !(await activeRules.getValue());
      await storage.setItems([
        ...(state ? [{ item: packStoreState, value: state }] : []),
        ...(rulesChanged
          ? [
              { item: activeRules, value: { packs: active, updatedAt: Date.now() } },
              { item: publishedRulesDigest, value: digest },
            ]
          : []),
        { item: packCatalog, value: catalog },
      ]);
    },
    // A failed write cannot be told through storage.local (it may be full): session storage can.
    reportStorage: (problems) => browser.storage.session.set({ [STORE_HEALTH_KEY]: problems }),
    // The options page asked for the host at subscribe time; it is given back when the subscription goes.
    releaseOrigins: async (origins) => void (await browser.permissions.remove({ origins })),
    readPolicy: () => browser.storage.managed.get(null),
    // The organisation's mode and sites go into the guard settings the content script already follows.
    policyApplied: async (policy) => {
      const next = enforcePolicyOnGuardSettings(
        normalizeGuardSettings(await guardSettings.getValue()),
        policy,
      );
      if (next) await guardSettings.setValue(next);
    },
    fetch: (input, init) => fetch(input, init),
    now: () => Date.now(),
    logError,
  });
  void store.start();
  // The journal's only writer; old entries go at every start and once a day.
  const journal = createJournal(() => browser.storage as unknown as JournalStorageApi);
  void journal.tidy();

  void browser.alarms.get(SUBSCRIPTION_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(SUBSCRIPTION_ALARM, { delayInMinutes: 1, periodInMinutes: 60 });
  });
  void browser.alarms.get(JOURNAL_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(JOURNAL_ALARM, { delayInMinutes: 60, periodInMinutes: 24 * 60 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SUBSCRIPTION_ALARM) void store.refreshDue();
    if (alarm.name === JOURNAL_ALARM) void journal.tidy();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') void store.policyChanged();
    // A shorter retention applies at once, not at the next daily tidy.
    if (area === 'local' && changes[JOURNAL_RETENTION_KEY]) void journal.tidy();
  });
  // The background is the only writer of the pack store, the rules, the journal and the error log
  // (docs/STORAGE.md): pages and content scripts send messages, each checked against who sent it.
  const siteBudget = createSenderRateLimit(20, 60_000);
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const from = messageSenderOf(sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (!from) return undefined;
    if (isPackStoreMessage(message))
      return from.kind === 'page' ? runPackStoreCommand(store, message) : undefined;
    const withinBudget = from.kind === 'page' || siteBudget(`tab:${sender.tab?.id ?? from.host}`);
    const command = readJournalMessage(message, from);
    if (command) return withinBudget ? journal.run(command) : Promise.resolve(null);
    const report = readErrorReport(message, from.kind === 'site' ? from.host : undefined);
    if (report) return (withinBudget ? logError(report) : Promise.resolve()).then(() => true);
    return undefined;
  });

  // Read before you share: the dialog (a content script, which cannot use `history`) asks here whether the
  // pages a draft shares were opened. Only with the optional permission the person granted; see src/history.
  const history = createHistoryService({
    granted: () => browser.permissions.contains(HISTORY_PERMISSION),
    search: (text) => browser.history.search({ text, startTime: 0, maxResults: 200 }),
    asked: { get: () => historyOfferMade.getValue(), set: (value) => historyOfferMade.setValue(value) },
    openPermissionPage: async () => {
      await browser.tabs.create({
        url: browser.runtime.getURL(`/options.html#${READ_BEFORE_SHARE_SECTION}`),
      });
    },
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    isHistoryRequest(message) && sender.id === browser.runtime.id ? history.handle(message) : undefined,
  );
});
