// The table of every value Wise Reader keeps in `storage.local`: its key, its value when nothing is stored,
// its version and the migrations that bring an older stored value up to it. Both readers are built from
// these entries — the typed wxt items of the extension pages and the background (typed-item.ts), and the
// raw reader of the content script and the journal (stored-value.ts) — so a migration added here runs for
// every reader. No storage library is imported here: the content script takes entries from this file.
import type { JournalEntry } from '../journal/journal-entry';
import type { PackCatalog } from '../store/pack-catalog';
import type { PackStoreState } from '../store/pack-record';
import type { ActiveRules } from './active-rules';
import type { ErrorLogEntry } from './error-log-ring';
import { DEFAULT_GUARD_SETTINGS, type GuardSettings } from './guard-settings-shape';
import type { UiLanguagePreference } from './language-choice';

/**
 * One stored value. Versions follow the wxt storage library: a value's version is kept beside it, in the
 * meta key `<key>$` as `{ v }`; no meta means version 1. `migrations[n]` turns a version n-1 value into
 * version n; they run in order from the stored version up to `version`.
 */
export interface StoredKey<T> {
  /** The key in storage.local (the typed item's key is `local:<key>`). */
  readonly key: string;
  /** The value a reader gets when nothing (or null) is stored. */
  readonly fallback: T;
  readonly version: number;
  // The input of a migration is whatever an older release stored: it is the migration's job to check it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly migrations?: Readonly<Record<number, (old: any) => unknown>>;
}

/** The compiled rule set in force; written by the background only, read by the guard, popup and checklist. */
export const ACTIVE_RULES: StoredKey<ActiveRules | null> = { key: 'activeRules', fallback: null, version: 1 };

/** The guard's modes and per-site switches; written by the options page (and by policy, in the background). */
export const GUARD_SETTINGS: StoredKey<GuardSettings> = {
  key: 'guardSettings',
  fallback: DEFAULT_GUARD_SETTINGS,
  version: 1,
};

/**
 * Test switch: when true the guard throws inside its handler on every guarded press, so an end-to-end test
 * can prove that a failure lets the post through and is logged. It only breaks the extension's own check
 * (fail open), so a stray `true` can never block a post; the options page does not expose it.
 */
export const GUARD_TEST_FAULT: StoredKey<boolean> = { key: 'guardTestFault', fallback: false, version: 1 };

/**
 * Test switch: while true, the guard does not take its engine into use, so it stays "not ready" — an
 * end-to-end test in Firefox (where a test cannot hold back the engine script's load) proves with it that
 * a press before the checker is ready is held, then asked about. A stray `true` cannot block a post: each
 * press is held at most 2 s and then goes through (logged). The options page does not expose it.
 */
export const GUARD_TEST_HOLD_ENGINE: StoredKey<boolean> = {
  key: 'guardTestHoldEngine',
  fallback: false,
  version: 1,
};

/** The last failures the extension stepped aside from (fail open), newest last; shown on the options page. */
export const ERROR_LOG: StoredKey<ErrorLogEntry[]> = { key: 'errorLog', fallback: [], version: 1 };

/** The language of every screen: follow the browser, or always Vietnamese / English. */
export const UI_LANGUAGE: StoredKey<UiLanguagePreference> = {
  key: 'uiLanguage',
  fallback: 'auto',
  version: 1,
};

/** The private journal's entries, newest first, and its switch (on by default). */
export const JOURNAL: StoredKey<JournalEntry[]> = { key: 'journal', fallback: [], version: 1 };
export const JOURNAL_ENABLED: StoredKey<boolean> = { key: 'journalEnabled', fallback: true, version: 1 };
/** How many days journal entries are kept (older ones are deleted at start and daily); set on the options page. */
export const JOURNAL_RETENTION_DAYS: StoredKey<number> = {
  key: 'journalRetentionDays',
  fallback: 90,
  version: 1,
};

/** The pack store's own state (background only), the catalog the options page shows, and a digest. */
export const PACK_STORE: StoredKey<PackStoreState | null> = { key: 'packStore', fallback: null, version: 1 };
export const PACK_CATALOG: StoredKey<PackCatalog | null> = { key: 'packCatalog', fallback: null, version: 1 };
/**
 * A digest of the rule set the background last wrote to `activeRules`. A service-worker restart recomputes
 * the same set and, seeing the same digest, leaves `activeRules` alone (no needless wake-up of every tab's
 * watcher, and a value a test seeded stays until the packs really change).
 */
export const ACTIVE_RULES_DIGEST: StoredKey<string | null> = {
  key: 'activeRulesDigest',
  fallback: null,
  version: 1,
};

/**
 * Read the text in images (attached, right-clicked, chosen in the checklist) on this computer and check it
 * like text (src/ocr). Written by the options page; the organisation's `readImages` policy overrides it.
 */
export const IMAGE_READING: StoredKey<boolean> = { key: 'imageReading', fallback: true, version: 1 };

/** Every entry, for tests that hold the table to its promises (unique keys, migrations complete). */
export const STORED_KEYS: readonly StoredKey<unknown>[] = [
  ACTIVE_RULES,
  GUARD_SETTINGS,
  GUARD_TEST_FAULT,
  GUARD_TEST_HOLD_ENGINE,
  ERROR_LOG,
  UI_LANGUAGE,
  JOURNAL,
  JOURNAL_ENABLED,
  JOURNAL_RETENTION_DAYS,
  PACK_STORE,
  PACK_CATALOG,
  ACTIVE_RULES_DIGEST,
  IMAGE_READING,
];
