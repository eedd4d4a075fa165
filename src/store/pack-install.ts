import type { CompiledPacks } from './compiled-packs';
import {
  admitPack,
  formatBytes,
  type Admission,
  type AdmissionContext,
  type PackCandidate,
} from './pack-admission';
import type { ExampleRunner } from './example-problems';
import {
  ledgerOf,
  type InstalledPack,
  type PackInForce,
  type PackLoader,
  type PackOrigin,
  type PackStoreState,
} from './pack-record';
import type { PolicyInForce } from './policy-read';
import { storeProblem } from './store-strings';

/**
 * The most the installed packs (imported, subscribed and pushed, as stored source) may take together: 3 MB.
 * Chrome gives an extension 10 MB of storage.local; the active rule set (about 0.7× the source, see
 * docs/STORAGE.md), the catalog, the journal and the error log must fit beside them.
 */
export const MAX_STORE_BYTES = 3 * 1024 * 1024;

/** The size of a stored pack, as storage counts it (JSON). */
export function storedSize(pack: InstalledPack): number {
  return new TextEncoder().encode(JSON.stringify(pack)).length;
}

/** What installing a pack depends on besides the state it changes. */
export interface InstallEnvironment {
  loadPack: PackLoader;
  runExamples?: ExampleRunner;
  now(): number;
  builtins: readonly PackInForce[];
  policy: PolicyInForce;
  /** The compiled form of each admitted pack is kept here (storage keeps the source only). */
  compiled: CompiledPacks;
  maxStoreBytes?: number;
}

/** Who holds each id, which keys count, the origin's ledger: everything admission decides on. */
export function admissionContext(
  current: PackStoreState,
  env: InstallEnvironment,
  origin: PackCandidate['origin'],
): AdmissionContext {
  const owners = new Map<string, { origin: PackOrigin; url?: string }>();
  for (const pack of [...env.builtins, ...current.installed]) {
    owners.set(pack.id, { origin: pack.origin, ...(pack.url ? { url: pack.url } : {}) });
  }
  const { policy, keys } = env.policy;
  // When the organisation requires signatures, only the keys it names count.
  const trustedKeys = policy.requireSignatures ? keys : [...keys, ...current.trustedKeys];
  const counted = new Set(trustedKeys.map((k) => k.keyId));
  return {
    loadPack: env.loadPack,
    trustedKeys,
    setAsideKeyIds: new Set(current.trustedKeys.map((k) => k.keyId).filter((id) => !counted.has(id))),
    requireSignatures: policy.requireSignatures,
    ledger: current.ledgers[ledgerOf(origin)],
    owners,
    now: env.now(),
    ...(env.runExamples ? { runExamples: env.runExamples } : {}),
  };
}

/**
 * Admits a candidate and, if it passes, puts it in `current` in place of what it replaces (same id, or the
 * same address from the same origin) and records it in the ledger. A refused candidate changes nothing.
 */
export async function installPack(
  current: PackStoreState,
  candidate: PackCandidate,
  env: InstallEnvironment,
  extra: Partial<InstalledPack> = {},
): Promise<Admission> {
  const admission = await admitPack(candidate, admissionContext(current, env, candidate.origin));
  if (!admission.ok) return admission;
  const pack = { ...admission.pack, ...extra };
  const limit = env.maxStoreBytes ?? MAX_STORE_BYTES;
  const total = current.installed
    .filter((p) => !(p.id === pack.id || (pack.url && p.url === pack.url && p.origin === pack.origin)))
    .reduce((sum, p) => sum + storedSize(p), storedSize(pack));
  if (total > limit) {
    return {
      ok: false,
      errors: [storeProblem('store-full', { size: formatBytes(total), limit: formatBytes(limit) }, pack.id)],
    };
  }
  env.compiled.remember(pack.hash, admission.compiled);
  // Re-reading the same pack (policy at every start, a re-served file) is not an update.
  const same = current.installed.find((p) => p.id === pack.id && p.hash === pack.hash);
  if (same) pack.updatedAt = same.updatedAt;
  const replaced = current.installed.filter(
    (p) => p.id === pack.id || (pack.url && p.url === pack.url && p.origin === pack.origin),
  );
  current.installed = current.installed.filter((p) => !replaced.includes(p));
  current.installed.push(pack);
  // A person's copy that makes way for the organisation's leaves the person's ledger with it.
  for (const old of replaced) {
    if (ledgerOf(old.origin) !== ledgerOf(pack.origin) || old.id !== pack.id) forget(current, old);
  }
  const ledger = ledgerOf(pack.origin);
  current.ledgers = {
    ...current.ledgers,
    [ledger]: { ...current.ledgers[ledger], [pack.id]: admission.ledgerEntry },
  };
  return { ...admission, pack };
}

/**
 * Takes a pack out of its ledger when it leaves the store (removed, unsubscribed, replaced by another
 * origin). Only the person's ledger forgets: the organisation's keeps its versions and keys, so a policy
 * pack that is dropped and pushed again still never goes back.
 */
export function forget(current: PackStoreState, pack: { id: string; origin: PackOrigin }): void {
  if (ledgerOf(pack.origin) !== 'person') return;
  const { [pack.id]: _gone, ...rest } = current.ledgers.person;
  current.ledgers = { ...current.ledgers, person: rest };
}
