import { createChecker } from '../src/engine';
import { isHistoryRequest } from '../src/history/history-messages';
import { createHistoryService } from '../src/history/history-service';
import { registerContextMenu } from '../src/menus/context-menu';
import { loadPack } from '../src/packs';
import { activeRules } from '../src/settings/active-rules';
import { guardSettings, normalizeGuardSettings } from '../src/settings/guard-settings';
import { packCatalog, packStoreState, publishedRulesDigest } from '../src/settings/pack-store';
import {
  HISTORY_PERMISSION,
  historyOfferMade,
  READ_BEFORE_SHARE_SECTION,
} from '../src/settings/read-before-share';
import { builtinPackSources } from '../src/store/builtin-pack-sources';
import {
  isFromExtensionPage,
  isPackStoreMessage,
  runPackStoreCommand,
} from '../src/store/pack-store-messages';
import { exampleRunner } from '../src/store/example-problems';
import { createPackStore } from '../src/store/pack-store-service';
import { enforcePolicyOnGuardSettings } from '../src/store/policy-guard-settings';
import { rulesDigest } from '../src/store/same-packs';

// Subscriptions are checked by one hourly alarm; each has its own interval (default 24 h, at least 1 h).
const SUBSCRIPTION_ALARM = 'wr-pack-subscriptions';

export default defineBackground(() => {
  registerContextMenu(browser);

  const store = createPackStore({
    loadPack,
    runExamples: exampleRunner(createChecker),
    builtinSources: builtinPackSources,
    loadState: () => packStoreState.getValue(),
    saveState: (state) => packStoreState.setValue(state),
    publish: async (packs, catalog) => {
      // A restart recomputes the same set: rewriting it would wake every open tab's watcher for nothing.
      const digest = await rulesDigest(packs);
      if (digest !== (await publishedRulesDigest.getValue()) || !(await activeRules.getValue())) {
        await activeRules.setValue({ packs, updatedAt: Date.now() });
        await publishedRulesDigest.setValue(digest);
      }
      await packCatalog.setValue(catalog);
    },
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
  });
  void store.start();

  void browser.alarms.get(SUBSCRIPTION_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(SUBSCRIPTION_ALARM, { delayInMinutes: 1, periodInMinutes: 60 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SUBSCRIPTION_ALARM) void store.refreshDue();
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void store.policyChanged();
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    isPackStoreMessage(message) &&
    isFromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))
      ? runPackStoreCommand(store, message)
      : undefined,
  );

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
