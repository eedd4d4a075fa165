import type { CompiledPack } from '../engine/types';
import type { TrustedKey } from '../packs/sign-pack';
import type { ManagedPolicy } from './managed-policy';
import type { PackCatalog, PackCatalogEntry } from './pack-catalog';
import type { PackInForce, PackOrigin, PackProblem, PackStoreState, PlacedProblems } from './pack-record';
import { storeProblem } from './store-strings';

export interface RuleSetInput {
  builtins: PackInForce[];
  /** The installed packs, compiled (one that could not be compiled is here with no rules, see `uncompiled`). */
  installed: PackInForce[];
  /** Installed packs this version could not compile: listed, never in force. */
  uncompiled: ReadonlyMap<string, PackProblem[]>;
  /** The person's switches, the subscriptions and the keys they added. */
  state: Pick<PackStoreState, 'overrides' | 'subscriptions' | 'trustedKeys'>;
  policy: ManagedPolicy;
  /** Policy keys, already read into trusted-key form. */
  policyKeys: TrustedKey[];
  /** Packs that failed to load with no previous good version, and policy entries that failed. */
  problems: PlacedProblems[];
  /** The last error per pack id (a failed update beside a good version still in force). */
  packErrors: ReadonlyMap<string, PackProblem[]>;
  now: number;
}

// Which copy wins when two places give the same id (admission refuses most such cases; this is the backstop).
const PRIORITY: Record<PackOrigin, number> = { policy: 3, subscription: 2, file: 1, builtin: 0 };

/**
 * The active rule set and the catalog behind it: built-in, imported, subscribed and policy packs, minus
 * packs switched off, with rules switched off or given another severity. Policy-locked packs ignore the
 * person's switches; user packs stay out when the policy forbids them or requires signatures they lack.
 */
export function composeRuleSet(input: RuleSetInput): { active: CompiledPack[]; catalog: PackCatalog } {
  const { state, policy } = input;
  const byId = new Map<string, PackInForce>();
  for (const pack of [...input.builtins, ...input.installed]) {
    const held = byId.get(pack.id);
    if (!held || PRIORITY[pack.origin] > PRIORITY[held.origin]) byId.set(pack.id, pack);
  }
  const locked = new Set(policy.lockedPacks);
  const policyKeyIds = new Set(input.policyKeys.map((k) => k.keyId));
  for (const pack of input.installed) {
    if (pack.origin === 'policy' && pack.locked !== false) locked.add(pack.id);
  }

  const active: CompiledPack[] = [];
  const entries: PackCatalogEntry[] = [];
  for (const pack of byId.values()) {
    const isLocked = locked.has(pack.id);
    const override = isLocked ? undefined : state.overrides[pack.id];
    const errors = [...(input.packErrors.get(pack.id) ?? [])];
    let allowed = true;
    const uncompiled = pack.origin !== 'builtin' ? input.uncompiled.get(pack.id) : undefined;
    if (uncompiled) {
      allowed = false;
      errors.push(...uncompiled);
    }
    const userPack = pack.origin === 'file' || pack.origin === 'subscription';
    if (userPack && !policy.allowUserPacks) {
      allowed = false;
      errors.push(storeProblem('user-packs-forbidden', {}, pack.id));
    }
    // Requiring signatures, the organisation's keys are the only ones that count (docs/ADMIN.md): a pack
    // accepted earlier under a key the person added stops applying, as an unsigned one does.
    if (pack.origin !== 'builtin' && policy.requireSignatures) {
      if (!pack.keyId) {
        allowed = false;
        errors.push(storeProblem('installed-not-signed', {}, pack.id));
      } else if (!policyKeyIds.has(pack.keyId)) {
        allowed = false;
        errors.push(storeProblem('installed-not-organisation-key', { keyId: pack.keyId }, pack.id));
      }
    }
    const enabled = isLocked || override?.enabled !== false;
    const ruleOverrides = override?.rules ?? {};
    const inForce = allowed && enabled;
    if (inForce) {
      const rules = pack.compiled.rules.flatMap((rule) => {
        const choice = ruleOverrides[rule.id];
        if (choice === 'off') return [];
        return choice ? [{ ...rule, severity: choice }] : [rule];
      });
      active.push({ ...pack.compiled, rules });
    }
    entries.push({
      id: pack.id,
      origin: pack.origin,
      name: pack.compiled.name,
      version: pack.compiled.version,
      ...(pack.compiled.publisher ? { publisher: pack.compiled.publisher } : {}),
      ...(pack.updatedAt !== undefined ? { updatedAt: pack.updatedAt } : {}),
      ...(pack.url ? { url: pack.url } : {}),
      ...(pack.fileName ? { fileName: pack.fileName } : {}),
      ...(pack.keyId ? { keyId: pack.keyId } : {}),
      locked: isLocked,
      enabled,
      inForce,
      errors,
      rules: pack.compiled.rules.map((rule) => ({
        id: rule.id,
        severity: rule.severity,
        message: rule.message,
        ...(ruleOverrides[rule.id] ? { override: ruleOverrides[rule.id] } : {}),
      })),
    });
  }
  const order: PackOrigin[] = ['policy', 'builtin', 'subscription', 'file'];
  entries.sort((a, b) => order.indexOf(a.origin) - order.indexOf(b.origin) || a.id.localeCompare(b.id));

  const catalog: PackCatalog = {
    packs: entries,
    subscriptions: state.subscriptions,
    problems: input.problems,
    trustedKeys: [
      ...input.policyKeys.map((k) => ({ ...k, fromPolicy: true })),
      ...state.trustedKeys
        .filter((k) => !policyKeyIds.has(k.keyId))
        .map((k) => ({ ...k, fromPolicy: false })),
    ],
    policy: {
      present: policy.present,
      allowUserPacks: policy.allowUserPacks,
      requireSignatures: policy.requireSignatures,
      ...(policy.mode ? { mode: policy.mode } : {}),
      sites: policy.sites,
      ...(policy.readImages !== undefined ? { readImages: policy.readImages } : {}),
      errors: policy.errors,
    },
    updatedAt: input.now,
  };
  return { active, catalog };
}
