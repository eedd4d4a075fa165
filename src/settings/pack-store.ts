import { ACTIVE_RULES_DIGEST, PACK_CATALOG, PACK_STORE } from './stored-keys';
import { typedItem } from './typed-item';

/**
 * The pack store's own state: packs the person imported or subscribed to (last good version of each),
 * their switches, trusted keys, and the ledger of accepted versions and keys. The background is its only
 * writer (src/store/pack-store-service.ts).
 */
export const packStoreState = typedItem(PACK_STORE);

/** What the options page shows; written by the background beside `activeRules`. */
export const packCatalog = typedItem(PACK_CATALOG);

/** The digest of the rule set last written to `activeRules` (see stored-keys.ts). */
export const publishedRulesDigest = typedItem(ACTIVE_RULES_DIGEST);
