import { GUARD_SETTINGS, GUARD_TEST_FAULT } from './stored-keys';
import { typedItem } from './typed-item';

export * from './guard-settings-shape';

/**
 * Storage key `local:guardSettings` (shape: GuardSettings). Written by the options page (and by e2e tests
 * through the service worker: `chrome.storage.local.set({ guardSettings: {...} })`), read and watched by
 * the content script.
 */
export const guardSettings = typedItem(GUARD_SETTINGS);

/** Test switch `local:guardTestFault` (see stored-keys.ts). */
export const guardTestFault = typedItem(GUARD_TEST_FAULT);
