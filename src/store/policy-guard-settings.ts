import { isSiteId } from '../sites';
import type { GuardMode, ManagedPolicy } from './managed-policy';

/** The guard's settings as far as policy touches them (src/settings/guard-settings.ts has this shape). */
export interface GuardSettingsShape {
  mode: GuardMode;
  sites: Record<string, { enabled: boolean; mode?: GuardMode }>;
}

/**
 * The guard settings with the organisation's `mode` and `sites` laid over the person's, or null when
 * nothing changes. The background writes the result, so the content script needs to know nothing about
 * policy; the options page shows those controls as set by the organisation.
 */
export function enforcePolicyOnGuardSettings<T extends GuardSettingsShape>(
  settings: T,
  policy: ManagedPolicy,
): T | null {
  if (!policy.present) return null;
  const next: T = { ...settings, sites: { ...settings.sites } };
  if (policy.mode) next.mode = policy.mode;
  for (const [site, fixed] of Object.entries(policy.sites)) {
    // Only the registry's sites (src/sites); readManagedPolicy reports any other name to the admin.
    if (!isSiteId(site)) continue;
    const current = next.sites[site] ?? { enabled: true };
    next.sites[site] = {
      ...current,
      ...(fixed.enabled !== undefined ? { enabled: fixed.enabled } : {}),
      ...(fixed.mode ? { mode: fixed.mode } : {}),
    };
  }
  return JSON.stringify(next) === JSON.stringify(settings) ? null : next;
}
