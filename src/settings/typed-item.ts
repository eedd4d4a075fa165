import { storage } from 'wxt/utils/storage';
import type { StoredKey } from './stored-keys';

/**
 * The wxt storage item of a table entry (stored-keys.ts), for the extension pages and the background. The
 * content script uses the raw reader (stored-value.ts) on the same entry instead, to stay small.
 */
export function typedItem<T>(spec: StoredKey<T>) {
  return storage.defineItem<T>(`local:${spec.key}`, {
    fallback: spec.fallback,
    version: spec.version,
    // Only an entry with migrations gets them: wxt then runs them when the item is defined.
    ...(spec.migrations ? { migrations: spec.migrations } : {}),
  });
}
