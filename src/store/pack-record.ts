import type { CompiledPack, Severity } from '../engine/types';
import type { TrustedKey } from '../packs/sign-pack';
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

/** A pack accepted into the store: its compiled form and how it was trusted. */
export interface InstalledPack {
  id: string;
  origin: PackOrigin;
  compiled: CompiledPack;
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
