import { storage } from 'wxt/utils/storage';
import { createChecker } from '../src/engine';
import { registerContextMenu } from '../src/menus/context-menu';
import { loadPack } from '../src/packs';
import { activeRules } from '../src/settings/active-rules';
import { createErrorLogItemWriter } from '../src/settings/error-log';
import { guardSettings, normalizeGuardSettings } from '../src/settings/guard-settings';
import { packCatalog, packStoreState, publishedRulesDigest } from '../src/settings/pack-store';
import { builtinPackSources } from '../src/store/builtin-pack-sources';
import {
  isFromExtensionPage,
  isPackStoreMessage,
  runPackStoreCommand,
} from '../src/store/pack-store-messages';
import { exampleRunner } from '../src/store/example-problems';
import { createPackStore } from '../src/store/pack-store-service';
import { STORE_HEALTH_KEY } from '../src/store/store-health';
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
    logError: createErrorLogItemWriter(),
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
});
