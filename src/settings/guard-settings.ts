import { storage } from 'wxt/utils/storage';
import { DEFAULT_GUARD_SETTINGS, type GuardSettings } from './guard-settings-shape';

export * from './guard-settings-shape';

/**
 * Storage key `local:guardSettings` (shape: GuardSettings). Written by the options page (and by e2e tests
 * through the service worker: `chrome.storage.local.set({ guardSettings: {...} })`), read and watched by
 * the content script.
 */
export const guardSettings = storage.defineItem<GuardSettings>('local:guardSettings', {
  fallback: DEFAULT_GUARD_SETTINGS,
  version: 1,
});

/**
 * Test switch `local:guardTestFault` (boolean). When true, the content script's guard throws inside its
 * event handler on every guarded press, so an end-to-end test can prove that a failure lets the post through
 * untouched and lands in the error log. It only breaks the extension's own check (fail open), so a stray
 * `true` can never block a post; the options page does not expose it.
 */
export const guardTestFault = storage.defineItem<boolean>('local:guardTestFault', { fallback: false });
