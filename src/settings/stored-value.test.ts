import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// `wxt/browser` reads `chrome` once outside an extension; the in-memory fake stands in for it.
vi.stubGlobal('chrome', fakeBrowser);

const { storage } = await import('wxt/utils/storage');
const { GUARD_SETTINGS, STORED_KEYS } = await import('./stored-keys');
const { storedValue } = await import('./stored-value');
const { typedItem } = await import('./typed-item');
type LocalStorageApi = import('./stored-value').LocalStorageApi;
type StoredKey<T> = import('./stored-keys').StoredKey<T>;

const api = () => fakeBrowser.storage as unknown as LocalStorageApi;

/** The guard settings entry as a later release might declare it: v2 renamed `badge` to `showBadge`. */
interface SettingsV2 {
  mode: string;
  showBadge: boolean;
}
const SETTINGS_V2: StoredKey<SettingsV2> = {
  key: GUARD_SETTINGS.key,
  fallback: { mode: 'links-and-findings', showBadge: true },
  version: 2,
  migrations: {
    2: (old: { mode: string; badge?: boolean }) => ({ mode: old.mode, showBadge: old.badge !== false }),
  },
};

describe('one table of stored keys', () => {
  beforeEach(() => fakeBrowser.reset());

  it('has one entry per key, and migrations only for versions it has', () => {
    const keys = STORED_KEYS.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const entry of STORED_KEYS) {
      expect(entry.key).not.toContain('$');
      expect(entry.version).toBeGreaterThanOrEqual(1);
      for (const version of Object.keys(entry.migrations ?? {}).map(Number)) {
        expect(version).toBeGreaterThanOrEqual(2);
        expect(version).toBeLessThanOrEqual(entry.version);
      }
    }
  });

  it('the raw reader (content script) and the typed item agree on every entry', async () => {
    for (const entry of STORED_KEYS) {
      expect(await storedValue(api, entry).getValue()).toEqual(entry.fallback);
      expect(await typedItem(entry).getValue()).toEqual(entry.fallback);
    }
    await fakeBrowser.storage.local.set({ guardTestFault: true, uiLanguage: 'en' });
    for (const entry of STORED_KEYS) {
      expect(await storedValue(api, entry).getValue()).toEqual(await typedItem(entry).getValue());
    }
  });

  it('a migration on an entry runs for the raw reader too: read, followed and written back', async () => {
    // What release 1 stored (no version beside it: version 1).
    await fakeBrowser.storage.local.set({ guardSettings: { mode: 'always', badge: false } });
    const raw = storedValue(api, SETTINGS_V2);
    expect(await raw.getValue()).toEqual({ mode: 'always', showBadge: false });

    // A v1 value arriving while the page is open (an older background still running) is migrated too.
    const seen: SettingsV2[] = [];
    const stop = raw.watch((value) => seen.push(value));
    await fakeBrowser.storage.local.set({
      guardSettings: { mode: 'off', badge: true },
      guardSettings$: { v: 1 },
    });
    await vi.waitFor(() => expect(seen).toEqual([{ mode: 'off', showBadge: true }]));

    // A value the raw reader writes carries its version: nobody migrates it a second time.
    await raw.setValue({ mode: 'findings-only', showBadge: false });
    expect(await fakeBrowser.storage.local.get('guardSettings$')).toEqual({ guardSettings$: { v: 2 } });
    const typed = typedItem(SETTINGS_V2);
    expect(await typed.getValue()).toEqual({ mode: 'findings-only', showBadge: false });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]).toEqual({ mode: 'findings-only', showBadge: false });
    stop();
  });

  it('the typed item runs the same migration and records the version; the raw reader then reads as is', async () => {
    await fakeBrowser.storage.local.set({ guardSettings: { mode: 'always', badge: false } });
    const typed = typedItem(SETTINGS_V2);
    expect(await typed.getValue()).toEqual({ mode: 'always', showBadge: false });
    expect(await storage.getMeta('local:guardSettings')).toEqual({ v: 2 });
    expect(await storedValue(api, SETTINGS_V2).getValue()).toEqual({ mode: 'always', showBadge: false });
  });

  it('a migration that fails is an error naming the key and version', async () => {
    await fakeBrowser.storage.local.set({ guardSettings: 'junk' });
    const broken: StoredKey<SettingsV2> = {
      ...SETTINGS_V2,
      migrations: {
        2: () => {
          throw new Error('not an object');
        },
      },
    };
    await expect(storedValue(api, broken).getValue()).rejects.toThrow(
      'storage "guardSettings": migration to v2 failed',
    );
  });
});
