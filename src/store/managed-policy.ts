/**
 * The organisation policy, read from `storage.managed` (Chrome/Edge `3rdparty` policy, Firefox
 * `policies.json` → `3rdparty` → `Extensions`). The browser already checks it against
 * public/managed_schema.json on Chrome; Firefox does not, so every field is checked again here and a wrong
 * field is reported and ignored rather than trusted.
 */

import { GUARD_MODES, isGuardMode as isMode, type GuardMode } from '../settings/guard-mode';
import { SITE_IDS, isSiteId } from '../sites';

export { GUARD_MODES, type GuardMode };

export interface PolicyPack {
  /** An https: address the background fetches like a subscription. */
  url?: string;
  /** The pack itself: YAML or JSON text, or a signed envelope as JSON text. */
  inline?: string;
  /** Locked packs cannot be switched off (default true: that is why admins push them). */
  locked: boolean;
}

export interface PolicySite {
  enabled?: boolean;
  mode?: GuardMode;
}

export interface ManagedPolicy {
  /** False when nothing is set: the person's own settings apply unchanged. */
  present: boolean;
  packs: PolicyPack[];
  /** Ed25519 public keys (base64) the organisation trusts, with a name to show. */
  trustedKeys: { publicKey: string; name?: string }[];
  /** Pack ids (built-in ones included) that must stay on. */
  lockedPacks: string[];
  requireSignatures: boolean;
  allowUserPacks: boolean;
  mode?: GuardMode;
  sites: Record<string, PolicySite>;
  /** Fields that were present but wrong, so the options page can show the admin what was ignored. */
  errors: string[];
}

export const NO_POLICY: ManagedPolicy = {
  present: false,
  packs: [],
  trustedKeys: [],
  lockedPacks: [],
  requireSignatures: false,
  allowUserPacks: true,
  sites: {},
  errors: [],
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readManagedPolicy(value: unknown): ManagedPolicy {
  if (!isRecord(value) || Object.keys(value).length === 0) return NO_POLICY;
  const errors: string[] = [];
  const policy: ManagedPolicy = {
    ...NO_POLICY,
    present: true,
    packs: [],
    trustedKeys: [],
    lockedPacks: [],
    sites: {},
    errors,
  };

  const bool = (key: string, fallback: boolean) => {
    const v = value[key];
    if (v === undefined) return fallback;
    if (typeof v === 'boolean') return v;
    errors.push(`${key}: expected true or false`);
    return fallback;
  };
  policy.requireSignatures = bool('requireSignatures', false);
  policy.allowUserPacks = bool('allowUserPacks', true);

  if (value.packs !== undefined) {
    if (!Array.isArray(value.packs)) errors.push('packs: expected a list');
    else
      value.packs.forEach((entry: unknown, i) => {
        if (!isRecord(entry)) return void errors.push(`packs[${i}]: expected an object`);
        const url = typeof entry.url === 'string' ? entry.url : undefined;
        const inline =
          typeof entry.inline === 'string'
            ? entry.inline
            : isRecord(entry.inline)
              ? JSON.stringify(entry.inline)
              : undefined;
        if (!url === !inline) return void errors.push(`packs[${i}]: give exactly one of "url" or "inline"`);
        const locked = entry.locked === undefined ? true : entry.locked === true;
        policy.packs.push({ ...(url ? { url } : {}), ...(inline ? { inline } : {}), locked });
      });
  }

  if (value.trustedKeys !== undefined) {
    if (!Array.isArray(value.trustedKeys)) errors.push('trustedKeys: expected a list');
    else
      value.trustedKeys.forEach((entry: unknown, i) => {
        const key = typeof entry === 'string' ? { publicKey: entry } : isRecord(entry) ? entry : null;
        if (!key || typeof key.publicKey !== 'string')
          return void errors.push(`trustedKeys[${i}]: needs "publicKey"`);
        policy.trustedKeys.push({
          publicKey: key.publicKey,
          ...(typeof key.name === 'string' ? { name: key.name } : {}),
        });
      });
  }

  if (value.lockedPacks !== undefined) {
    if (Array.isArray(value.lockedPacks) && value.lockedPacks.every((id) => typeof id === 'string')) {
      policy.lockedPacks = value.lockedPacks as string[];
    } else errors.push('lockedPacks: expected a list of pack ids');
  }

  if (value.mode !== undefined) {
    if (isMode(value.mode)) policy.mode = value.mode;
    else errors.push(`mode: expected one of ${GUARD_MODES.join(', ')}`);
  }

  if (value.sites !== undefined) {
    if (!isRecord(value.sites))
      errors.push(`sites: expected an object keyed by site (${SITE_IDS.join(', ')})`);
    else
      for (const [site, entry] of Object.entries(value.sites)) {
        if (!isSiteId(site)) {
          errors.push(`sites.${site}: not a site Wise Reader guards (${SITE_IDS.join(', ')})`);
          continue;
        }
        if (!isRecord(entry)) {
          errors.push(`sites.${site}: expected an object`);
          continue;
        }
        const out: PolicySite = {};
        if (typeof entry.enabled === 'boolean') out.enabled = entry.enabled;
        else if (entry.enabled !== undefined) errors.push(`sites.${site}.enabled: expected true or false`);
        if (isMode(entry.mode)) out.mode = entry.mode;
        else if (entry.mode !== undefined)
          errors.push(`sites.${site}.mode: expected one of ${GUARD_MODES.join(', ')}`);
        policy.sites[site] = out;
      }
  }
  return policy;
}
