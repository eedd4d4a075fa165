import type { PackProblem } from './pack-record';

/**
 * The session-storage key where the background tells the options page that a write failed (storage.local
 * full, or failing): the catalog cannot carry that news, since it lives in the storage that failed. Empty
 * (or absent) once a write works again. Session storage is only readable by the extension's own pages.
 */
export const STORE_HEALTH_KEY = 'storeHealth';

export function readStoreHealth(value: unknown): PackProblem[] {
  return Array.isArray(value)
    ? value.filter(
        (p): p is PackProblem =>
          typeof p === 'object' && p !== null && typeof (p as PackProblem).message === 'string',
      )
    : [];
}
