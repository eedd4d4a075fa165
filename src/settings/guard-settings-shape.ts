// The guard settings' shape and how to read it, without the storage library: the content script imports
// this, the options page the items in guard-settings.ts.

/**
 * When the guard asks before a post goes out.
 * - `always`: every press of Post/Share/Send/Enter on a guarded surface opens the questions.
 * - `links-and-findings` (default): a link is being shared, or a rule of severity warning or critical fired.
 * - `findings-only`: only a rule of severity warning or critical (a link alone is not a reason).
 * - `off`: never ask (the badge still shows what it sees).
 */
export type GuardMode = 'always' | 'links-and-findings' | 'findings-only' | 'off';
export const GUARD_MODES: readonly GuardMode[] = ['always', 'links-and-findings', 'findings-only', 'off'];

export type GuardSite = 'facebook' | 'tiktok' | 'zalo';
export const GUARD_SITES: readonly GuardSite[] = ['facebook', 'tiktok', 'zalo'];

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

export const DEFAULT_GUARD_SETTINGS: GuardSettings = {
  mode: 'links-and-findings',
  sites: { facebook: { enabled: true }, tiktok: { enabled: true }, zalo: { enabled: true } },
  badge: true,
};

/** The mode in force on `site`, or `off` when the site is switched off. Tolerates partial/old stored values. */
export function effectiveMode(
  settings: Partial<GuardSettings> | null | undefined,
  site: GuardSite,
): GuardMode {
  const merged = normalizeGuardSettings(settings);
  const perSite = merged.sites[site];
  if (!perSite.enabled) return 'off';
  return perSite.mode ?? merged.mode;
}

/** Fills gaps in a stored value (older versions, hand-written test values) from the defaults. */
export function normalizeGuardSettings(settings: Partial<GuardSettings> | null | undefined): GuardSettings {
  const mode =
    settings?.mode && GUARD_MODES.includes(settings.mode) ? settings.mode : DEFAULT_GUARD_SETTINGS.mode;
  const sites = {} as Record<GuardSite, SiteGuardSettings>;
  for (const site of GUARD_SITES) {
    const stored = settings?.sites?.[site];
    const siteMode = stored?.mode && GUARD_MODES.includes(stored.mode) ? stored.mode : undefined;
    sites[site] = { enabled: stored?.enabled !== false, ...(siteMode ? { mode: siteMode } : {}) };
  }
  return { mode, sites, badge: settings?.badge !== false };
}
