import type { LocalizedText, Severity } from '../engine/types';
import type { GuardMode, PolicySite } from './managed-policy';
import type { PackOrigin, PackProblem, PlacedProblems, RuleOverride, Subscription } from './pack-record';

/**
 * What the options page shows: every pack, where it came from and why it is (not) in force. The background
 * writes it next to the active rules; the page only reads it and sends commands back.
 */
export interface PackCatalogRule {
  id: string;
  severity: Severity;
  override?: RuleOverride;
  message: LocalizedText;
}

export interface PackCatalogEntry {
  id: string;
  origin: PackOrigin;
  name: LocalizedText;
  version: string;
  publisher?: string;
  updatedAt?: number;
  url?: string;
  fileName?: string;
  keyId?: string;
  locked: boolean;
  enabled: boolean;
  /** Its rules are in the active rule set right now. */
  inForce: boolean;
  /** Why it is not in force, or what went wrong at its last update (the last good version stays). */
  errors: PackProblem[];
  rules: PackCatalogRule[];
}

export interface PackCatalog {
  packs: PackCatalogEntry[];
  subscriptions: Subscription[];
  /** Built-in or policy packs that did not load at all (no id to show them under). */
  problems: PlacedProblems[];
  trustedKeys: { keyId: string; publicKey: string; name?: string; fromPolicy: boolean }[];
  policy: {
    present: boolean;
    allowUserPacks: boolean;
    requireSignatures: boolean;
    mode?: GuardMode;
    sites: Record<string, PolicySite>;
    errors: PackProblem[];
    /** The organisation's `readImages` (image reading on or off), when it sets one. */
    readImages?: boolean;
  };
  updatedAt: number;
}
