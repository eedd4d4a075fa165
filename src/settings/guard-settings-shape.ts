// The guard settings' shape and how to read it, without the storage library: the content script imports
// this, the options page the items in guard-settings.ts. The sites and their defaults come from the site
// registry (src/sites/index.ts).
import { SITES, type SiteId } from '../sites';
import { isGuardMode, type GuardMode } from './guard-mode';

export { GUARD_MODES, isGuardMode, type GuardMode } from './guard-mode';

/** A site the guard knows (the registry's ids). */
export type GuardSite = SiteId;
export const GUARD_SITES: readonly GuardSite[] = /* @__PURE__ */ SITES.map((site) => site.id);

export interface SiteGuardSettings {
  /** false: the guard does nothing at all on this site (no listeners act, no badge). */
  enabled: boolean;
  /** Overrides the overall mode on this site; absent: the overall mode applies. */
  mode?: GuardMode;
}

export interface GuardSettings {
  mode: GuardMode;
  sites: Record<GuardSite, SiteGuardSettings>;
  /** The small count of findings beside the composer while typing. */
  badge: boolean;
}

/**
 * What may be found in storage: an older release's value, or a hand-written one, may lack a site (one added
 * since) or a field; normalizeGuardSettings fills the gaps.
 */
export interface StoredGuardSettings {
  mode?: GuardMode;
  sites?: Partial<Record<GuardSite, Partial<SiteGuardSettings>>>;
  badge?: boolean;
}

const ON: SiteGuardSettings = { enabled: true };

export const DEFAULT_GUARD_SETTINGS: GuardSettings = {
  mode: 'links-and-findings',
  sites: /* @__PURE__ */ Object.fromEntries(
    /* @__PURE__ */ SITES.map((site) => [site.id, { ...(site.defaults ?? ON) }]),
  ) as Record<GuardSite, SiteGuardSettings>,
  badge: true,
};

/** The mode in force on `site`, or `off` when the site is switched off. Tolerates partial/old stored values. */
export function effectiveMode(settings: StoredGuardSettings | null | undefined, site: GuardSite): GuardMode {
  const merged = normalizeGuardSettings(settings);
  const perSite = merged.sites[site];
  if (!perSite.enabled) return 'off';
  return perSite.mode ?? merged.mode;
}

/**
 * Fills gaps in a stored value (older versions, hand-written test values) from the defaults; a site the
 * stored value does not mention (one added since) gets its defaults.
 */
export function normalizeGuardSettings(settings: StoredGuardSettings | null | undefined): GuardSettings {
  const mode = isGuardMode(settings?.mode) ? settings.mode : DEFAULT_GUARD_SETTINGS.mode;
  const sites = {} as Record<GuardSite, SiteGuardSettings>;
  for (const site of GUARD_SITES) {
    const stored = settings?.sites?.[site];
    const fallback = DEFAULT_GUARD_SETTINGS.sites[site];
    const enabled = typeof stored?.enabled === 'boolean' ? stored.enabled : fallback.enabled;
    const siteMode = isGuardMode(stored?.mode) ? stored.mode : stored ? undefined : fallback.mode;
    sites[site] = { enabled, ...(siteMode ? { mode: siteMode } : {}) };
  }
  return { mode, sites, badge: settings?.badge !== false };
}
