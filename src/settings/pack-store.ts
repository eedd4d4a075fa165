import { storage } from 'wxt/utils/storage';
import type { PackCatalog } from '../store/pack-catalog';
import type { PackStoreState } from '../store/pack-record';

/**
 * The pack store's own state: packs the person imported or subscribed to (last good version of each),
 * their switches, trusted keys, and the ledger of accepted versions and keys. The background is its only
 * writer (src/store/pack-store-service.ts).
 */
export const packStoreState = storage.defineItem<PackStoreState | null>('local:packStore', {
  fallback: null,
  version: 1,
});

/** What the options page shows; written by the background beside `activeRules`. */
export const packCatalog = storage.defineItem<PackCatalog | null>('local:packCatalog', {
  fallback: null,
  version: 1,
});

/**
 * A digest of the rule set the background last wrote to `activeRules`. A service-worker restart recomputes
 * the same set and, seeing the same digest, leaves `activeRules` alone (no needless wake-up of every tab's
 * watcher, and a value a test seeded stays until the packs really change).
 */
export const publishedRulesDigest = storage.defineItem<string | null>('local:activeRulesDigest', {
  fallback: null,
});
