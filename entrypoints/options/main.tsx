import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { errorLog, type ErrorLogEntry } from '../../src/settings/error-log';
import { guardSettings, normalizeGuardSettings, type GuardSettings } from '../../src/settings/guard-settings';
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
  const historyGranted = useHistoryPermission();
  useEffect(() => {
    const stops = [
      follow(packCatalog, setCatalog),
      follow(guardSettings, (value) => setSettings(normalizeGuardSettings(value))),
      follow(errorLog, (value) => setLog(value ?? [])),
      follow(uiLanguagePreference, (value) => setPreference(value ?? 'auto')),
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
