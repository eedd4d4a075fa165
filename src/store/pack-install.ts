import { admitPack, type Admission, type AdmissionContext, type PackCandidate } from './pack-admission';
import type { ExampleRunner } from './example-problems';
import type { InstalledPack, PackLoader, PackOrigin, PackStoreState } from './pack-record';
import type { PolicyInForce } from './policy-read';

/** What installing a pack depends on besides the state it changes. */
export interface InstallEnvironment {
  loadPack: PackLoader;
  runExamples?: ExampleRunner;
  now(): number;
  builtins: readonly InstalledPack[];
  policy: PolicyInForce;
}

/** Who holds each id, which keys count, the ledger: everything admission decides on. */
export function admissionContext(current: PackStoreState, env: InstallEnvironment): AdmissionContext {
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
    ledger: current.ledger,
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
  const admission = await admitPack(candidate, admissionContext(current, env));
  if (!admission.ok) return admission;
  const pack = { ...admission.pack, ...extra };
  // Re-reading the same pack (policy at every start, a re-served file) is not an update.
  const same = current.installed.find((p) => p.id === pack.id && p.hash === pack.hash);
  if (same) pack.updatedAt = same.updatedAt;
  current.installed = current.installed.filter(
    (p) => p.id !== pack.id && !(pack.url && p.url === pack.url && p.origin === pack.origin),
  );
  current.installed.push(pack);
  current.ledger = { ...current.ledger, [pack.id]: admission.ledgerEntry };
  return { ...admission, pack };
}
