import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { errorLog, type ErrorLogEntry } from '../../src/settings/error-log';
import { guardSettings, normalizeGuardSettings, type GuardSettings } from '../../src/settings/guard-settings';
import {
  DEFAULT_RETENTION_DAYS,
  journalRetentionDays,
  RETENTION_CHOICES,
  retentionDays,
} from '../../src/settings/journal';
import { imageReading } from '../../src/settings/image-reading';
import { packCatalog } from '../../src/settings/pack-store';
import type { StoredValue } from '../../src/settings/stored-value';
import {
  HISTORY_PERMISSION,
  historyOfferMade,
  READ_BEFORE_SHARE_SECTION,
} from '../../src/settings/read-before-share';
import {
  UI_LANGUAGE_CHOICES,
  uiLanguagePreference,
  watchUiLanguage,
  type UiLanguage,
  type UiLanguagePreference,
} from '../../src/settings/ui-language';
import type { PackCatalog } from '../../src/store/pack-catalog';
import type { PackProblem } from '../../src/store/pack-record';
import { readStoreHealth, STORE_HEALTH_KEY } from '../../src/store/store-health';
import type { CommandResult } from '../../src/store/pack-store-service';
import { OptionsPage, type PackStoreCommand } from '../../src/ui/options/OptionsPage';

// Wiring only: the page is src/ui/options; the pack store lives in the background (its only writer).
function send(command: PackStoreCommand): Promise<CommandResult> {
  return browser.runtime.sendMessage({ type: 'wr-pack-store', ...command }) as Promise<CommandResult>;
}

function requestOrigin(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [`${origin}/*`] });
}

/** Current value now and on every change; returns the function that stops following. */
function follow<T>(item: Pick<StoredValue<T>, 'getValue' | 'watch'>, set: (v: T) => void) {
  void item.getValue().then(set);
  return item.watch(set);
}

/** Whether "read before you share" may read history, following grants and removals made anywhere. */
function useHistoryPermission(): boolean | null {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    const update = () => void browser.permissions.contains(HISTORY_PERMISSION).then(setGranted);
    update();
    browser.permissions.onAdded.addListener(update);
    browser.permissions.onRemoved.addListener(update);
    return () => {
      browser.permissions.onAdded.removeListener(update);
      browser.permissions.onRemoved.removeListener(update);
    };
  }, []);
  return granted;
}

function App() {
  const [catalog, setCatalog] = useState<PackCatalog | null>(null);
  const [settings, setSettings] = useState<GuardSettings | null>(null);
  const [log, setLog] = useState<ErrorLogEntry[]>([]);
  const [lang, setLang] = useState<UiLanguage>('vi');
  const [preference, setPreference] = useState<UiLanguagePreference>('auto');
  const [storeHealth, setStoreHealth] = useState<PackProblem[]>([]);
  const [retention, setRetention] = useState(DEFAULT_RETENTION_DAYS);
  useEffect(() => {
    // Session storage exists in every browser this targets (Chrome 102+, Firefox 115+); a read that fails
    // leaves the page without the notice rather than without the page.
    Promise.resolve()
      .then(() => browser.storage.session.get(STORE_HEALTH_KEY))
      .then((items) => setStoreHealth(readStoreHealth(items[STORE_HEALTH_KEY])))
      .catch(() => undefined);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && changes[STORE_HEALTH_KEY])
        setStoreHealth(readStoreHealth(changes[STORE_HEALTH_KEY].newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  const [readImages, setReadImages] = useState(true);
  const historyGranted = useHistoryPermission();
  useEffect(() => {
    const stops = [
      // The background rewrites the catalog at every start; a damaged one is not shown meanwhile.
      follow(packCatalog, (value) => setCatalog(Array.isArray(value?.packs) ? value : null)),
      follow(guardSettings, (value) => setSettings(normalizeGuardSettings(value))),
      follow(errorLog, (value) => setLog(Array.isArray(value) ? value : [])),
      follow(imageReading, (value) => setReadImages(value !== false)),
      follow(uiLanguagePreference, (value) => setPreference(value ?? 'auto')),
      follow(journalRetentionDays, (value) => setRetention(retentionDays(value))),
      watchUiLanguage(setLang),
    ];
    return () => stops.forEach((stop) => stop());
  }, []);
  useEffect(() => void (document.documentElement.lang = lang), [lang]);
  return (
    <OptionsPage
      lang={lang}
      catalog={catalog}
      send={send}
      requestOrigin={requestOrigin}
      {...(settings
        ? { guard: { settings, onChange: (next) => void guardSettings.setValue({ ...settings, ...next }) } }
        : {})}
      errorLog={log}
      storeHealth={storeHealth}
      journal={{
        retentionDays: retention,
        choices: RETENTION_CHOICES,
        onRetention: (days) => void journalRetentionDays.setValue(days),
      }}
      imageReading={{ enabled: readImages, onChange: (value) => void imageReading.setValue(value) }}
      readBeforeShare={{
        granted: historyGranted,
        onAllow: () => {
          void historyOfferMade.setValue(true);
          // Called straight from the click: the browser only asks during a user gesture.
          return browser.permissions.request(HISTORY_PERMISSION);
        },
        onTurnOff: () => void browser.permissions.remove(HISTORY_PERMISSION),
        focus: location.hash === `#${READ_BEFORE_SHARE_SECTION}`,
      }}
      language={{
        preference,
        choices: UI_LANGUAGE_CHOICES,
        onChange: (value) => void uiLanguagePreference.setValue(value as UiLanguagePreference),
      }}
    />
  );
}

render(<App />, document.getElementById('app')!);
