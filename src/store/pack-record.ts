import type { CompiledPack, LocalizedText, Severity } from '../engine/types';
import type { PackSignature, TrustedKey } from '../packs/sign-pack';
import type { StoreMessageId } from './store-message';

/** Where a pack came from. The options page shows it as `data-source`. */
export type PackOrigin = 'builtin' | 'file' | 'subscription' | 'policy';

/** The shape of one error, as the pack loader reports it (src/packs: PackError). */
export interface PackProblem {
  packId?: string;
  ruleId?: string;
  field?: string;
  line?: number;
  /** English text: for logs and the command line (the options page renders `code` in its language). */
  message: string;
  /** The store's own problems: a message id (store-strings.ts) and the data it shows. */
  code?: StoreMessageId;
  data?: Record<string, string | number>;
}

export type PackLoadResult =
  { ok: true; pack: unknown; compiled: CompiledPack } | { ok: false; errors: PackProblem[] };

/** src/packs `loadPack`, passed in so the store can be tested and stays free of the parser's weight. */
export type PackLoader = (
  source: string,
  origin: { file?: string; format?: 'yaml' | 'json' },
) => PackLoadResult | Promise<PackLoadResult>;

/**
 * A pack accepted into the store, as stored: its source and how it was trusted, once. The compiled form
 * lives only in the active rule set (and in the background's memory); it is compiled again from `source`
 * when the background starts, so a later release can recompile every installed pack.
 */
export interface InstalledPack {
  id: string;
  origin: Exclude<PackOrigin, 'builtin'>;
  version: string;
  name: LocalizedText;
  publisher?: string;
  /** The pack as signed: the parsed pack (its canonical JSON is what a signature covers and `hash` hashes). */
  source: unknown;
  /** The signature it was accepted with (an envelope's or a detached one), to verify it again later. */
  signature?: PackSignature;
  /**
   * Only packs stored by versions before 0.2 (which kept the compiled form, not the source): used until the
   * pack's next update replaces it (their subscriptions are checked again at once).
   */
  legacyCompiled?: CompiledPack;
  /** ms since epoch when this version was accepted. */
  updatedAt: number;
  /** The key whose signature was verified, when it was signed. */
  keyId?: string;
  /** Where it is fetched from (subscription and policy URL packs). */
  url?: string;
  /** The file it was imported from. */
  fileName?: string;
  /** Policy packs: whether the policy locked it on (the default). */
  locked?: boolean;
  /** SHA-256 of the canonical pack, to tell a changed pack from a re-served one. */
  hash: string;
}

/** A pack ready to apply: where it came from and its compiled rules (built-in packs have no stored record). */
export interface PackInForce {
  id: string;
  origin: PackOrigin;
  compiled: CompiledPack;
  updatedAt?: number;
  keyId?: string;
  url?: string;
  fileName?: string;
  locked?: boolean;
}

/** What the store remembers of every pack id it ever accepted: rollback and key-takeover protection. */
export interface LedgerEntry {
  version: string;
  hash: string;
  keyId?: string;
}

export type RuleOverride = 'off' | Severity;

export interface PackOverride {
  enabled?: boolean;
  rules?: Record<string, RuleOverride>;
}

export interface Subscription {
  url: string;
  origin: 'subscription' | 'policy';
  /** Hours between checks; at least 1, 24 by default. */
  intervalHours: number;
  etag?: string;
  lastModified?: string;
  lastChecked?: number;
  /** What went wrong at the last check; the last good version stays in force. */
  lastErrors?: PackProblem[];
  /** The id of the pack it last delivered. */
  packId?: string;
}

/** Everything the background keeps between runs (storage item `local:packStore`). */
export interface PackStoreState {
  installed: InstalledPack[];
  subscriptions: Subscription[];
  overrides: Record<string, PackOverride>;
  trustedKeys: TrustedKey[];
  /**
   * One ledger per origin: the person's packs (files, subscriptions) and the organisation's (policy). What
   * the person once imported can never hold back what the organisation pushes, and removing a pack clears
   * its entry in the person's ledger.
   */
  ledgers: Ledgers;
}

export interface Ledgers {
  person: Record<string, LedgerEntry>;
  organisation: Record<string, LedgerEntry>;
}

/** Which ledger a pack of this origin is kept in. */
export function ledgerOf(origin: PackOrigin): keyof Ledgers {
  return origin === 'policy' ? 'organisation' : 'person';
}

/** What a command sent by the options page gets back. */
export type CommandResult = { ok: true; packId?: string } | { ok: false; errors: PackProblem[] };

/** Problems that belong to no installed pack (a built-in file, a policy entry, an address), by place. */
export interface PlacedProblems {
  where: string;
  errors: PackProblem[];
}

export const EMPTY_STORE_STATE: PackStoreState = {
  installed: [],
  subscriptions: [],
  overrides: {},
  trustedKeys: [],
  ledgers: { person: {}, organisation: {} },
};
