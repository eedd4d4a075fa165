import { createChecker } from '../src/engine';
import { registerContextMenu } from '../src/menus/context-menu';
import { registerImageReading } from '../src/ocr/register-image-reading';
import { loadPack } from '../src/packs';
import { activeRules } from '../src/settings/active-rules';
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
import { enforcePolicyOnGuardSettings } from '../src/store/policy-guard-settings';
import { rulesDigest } from '../src/store/same-packs';

// Subscriptions are checked by one hourly alarm; each has its own interval (default 24 h, at least 1 h).
const SUBSCRIPTION_ALARM = 'wr-pack-subscriptions';

export default defineBackground(() => {
  registerContextMenu(browser);
  // Firefox reads images in this page; Chrome in an offscreen document (the OCR code stays out of its worker).
  registerImageReading(
    browser,
    import.meta.env.FIREFOX ? () => import('../src/ocr/browser-ocr-host') : undefined,
  );

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
});
