import type { CompiledPack } from '../engine/types';
import { trustedKeyFrom, type PackSignature, type TrustedKey } from '../packs/sign-pack';
import { composeRuleSet } from './active-rule-set';
import { checkPackAddress } from './https-address';
import { NO_POLICY, readManagedPolicy, type ManagedPolicy } from './managed-policy';
import { admitPack, type AdmissionContext, type PackCandidate } from './pack-admission';
import type { PackCatalog } from './pack-catalog';
import {
  EMPTY_STORE_STATE,
  type InstalledPack,
  type PackLoader,
  type PackOrigin,
  type PackProblem,
  type PackStoreState,
  type RuleOverride,
  type Subscription,
} from './pack-record';
import { describeProblem } from './problem-text';
import type { ExampleRunner } from './example-problems';
import { fetchPackText } from './subscription-fetch';

export const DEFAULT_INTERVAL_HOURS = 24;
export const MIN_INTERVAL_HOURS = 1;

/** Everything the store needs from the browser, passed in by the background (and by tests). */
export interface PackStoreDeps {
  loadPack: PackLoader;
  /** Built-in pack files: path → YAML text (import.meta.glob of rules/*\/pack.yaml). */
  builtinSources: Record<string, string>;
  loadState(): Promise<PackStoreState | null>;
  saveState(state: PackStoreState): Promise<void>;
  /** Writes the active rule set and the catalog the options page shows. */
  publish(active: CompiledPack[], catalog: PackCatalog): Promise<void>;
  /** storage.managed contents, or undefined where the browser has no managed storage. */
  readPolicy(): Promise<unknown>;
  fetch: typeof fetch;
  now(): number;
  fetchTimeoutMs?: number;
  /** Called after every policy read, to lay the policy's mode and sites over the guard settings. */
  policyApplied?(policy: ManagedPolicy): Promise<void>;
  /** Runs each admitted pack's examples (refusing a pack whose examples fail). */
  runExamples?: ExampleRunner;
}

export type CommandResult = { ok: true; packId?: string } | { ok: false; errors: PackProblem[] };

/**
 * The pack store: one place that changes packs, so every change is admitted the same way (admitPack),
 * persisted, and followed by a fresh active rule set. Operations run one at a time.
 */
export function createPackStore(deps: PackStoreDeps) {
  let builtins: InstalledPack[] = [];
  let builtinProblems: { where: string; errors: PackProblem[] }[] = [];
  let policy: ManagedPolicy = NO_POLICY;
  let policyKeys: TrustedKey[] = [];
  let policyProblems: { where: string; errors: PackProblem[] }[] = [];
  let lockedIds = new Set<string>();
  let queue: Promise<unknown> = Promise.resolve();

  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => {});
    return run;
  }

  async function state(): Promise<PackStoreState> {
    const saved = await deps.loadState();
    return { ...EMPTY_STORE_STATE, ...(saved ?? {}) };
  }

  async function loadBuiltins() {
    builtins = [];
    builtinProblems = [];
    for (const [path, text] of Object.entries(deps.builtinSources).sort(([a], [b]) => a.localeCompare(b))) {
      const loaded = await deps.loadPack(text, { file: path, format: 'yaml' });
      if (loaded.ok) {
        builtins.push({
          id: loaded.compiled.id,
          origin: 'builtin',
          compiled: loaded.compiled,
          updatedAt: 0,
          hash: '',
        });
      } else builtinProblems.push({ where: path, errors: loaded.errors });
    }
  }

  function admissionContext(current: PackStoreState): AdmissionContext {
    const owners = new Map<string, { origin: PackOrigin; url?: string }>();
    for (const pack of [...builtins, ...current.installed]) {
      owners.set(pack.id, { origin: pack.origin, ...(pack.url ? { url: pack.url } : {}) });
    }
    // When the organisation requires signatures, only the keys it names count.
    const trustedKeys = policy.requireSignatures ? policyKeys : [...policyKeys, ...current.trustedKeys];
    return {
      loadPack: deps.loadPack,
      trustedKeys,
      requireSignatures: policy.requireSignatures,
      ledger: current.ledger,
      owners,
      now: deps.now(),
      ...(deps.runExamples ? { runExamples: deps.runExamples } : {}),
    };
  }

  async function publish(current: PackStoreState) {
    const packErrors = new Map<string, PackProblem[]>();
    for (const sub of current.subscriptions) {
      if (sub.packId && sub.lastError)
        packErrors.set(sub.packId, [{ packId: sub.packId, message: sub.lastError }]);
    }
    const { active, catalog } = composeRuleSet({
      builtins,
      state: current,
      policy,
      policyKeys,
      problems: [
        ...builtinProblems,
        ...policyProblems,
        // A subscription that never delivered a good version has no pack to show its error beside.
        ...current.subscriptions
          .filter((sub) => sub.lastError && !sub.packId)
          .map((sub) => ({ where: sub.url, errors: [{ message: sub.lastError! }] })),
      ],
      packErrors,
      now: deps.now(),
    });
    lockedIds = new Set(catalog.packs.filter((p) => p.locked).map((p) => p.id));
    await deps.publish(active, catalog);
  }

  /** Admits a candidate and, if it passes, installs it in place of what it replaces. */
  async function install(
    current: PackStoreState,
    candidate: PackCandidate,
    extra: Partial<InstalledPack> = {},
  ) {
    const admission = await admitPack(candidate, admissionContext(current));
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
    return admission;
  }

  async function refreshSubscription(current: PackStoreState, sub: Subscription): Promise<CommandResult> {
    const outcome = await fetchPackText(sub.url, {
      fetch: deps.fetch,
      ...(sub.etag ? { etag: sub.etag } : {}),
      ...(sub.lastModified ? { lastModified: sub.lastModified } : {}),
      ...(deps.fetchTimeoutMs ? { timeoutMs: deps.fetchTimeoutMs } : {}),
    });
    sub.lastChecked = deps.now();
    if (outcome.kind === 'not-modified') {
      delete sub.lastError;
      return { ok: true, ...(sub.packId ? { packId: sub.packId } : {}) };
    }
    if (outcome.kind === 'error') {
      sub.lastError = outcome.message;
      return {
        ok: false,
        errors: [{ ...(sub.packId ? { packId: sub.packId } : {}), message: outcome.message }],
      };
    }
    const policyEntry = sub.origin === 'policy' ? policy.packs.find((p) => p.url === sub.url) : undefined;
    const admission = await install(
      current,
      { text: outcome.text, origin: sub.origin, url: sub.url },
      sub.origin === 'policy' ? { locked: policyEntry?.locked !== false } : {},
    );
    if (!admission.ok) {
      // The last good version stays in force; the error shows beside it.
      sub.lastError = admission.errors.map(describeProblem).join('\n');
      return { ok: false, errors: admission.errors };
    }
    delete sub.lastError;
    sub.packId = admission.pack.id;
    if (outcome.etag) sub.etag = outcome.etag;
    else delete sub.etag;
    if (outcome.lastModified) sub.lastModified = outcome.lastModified;
    else delete sub.lastModified;
    return { ok: true, packId: admission.pack.id };
  }

  async function applyPolicy(current: PackStoreState) {
    let raw: unknown;
    try {
      raw = await deps.readPolicy();
    } catch {
      raw = undefined; // No managed storage (e.g. Firefox without policies): no policy.
    }
    policy = readManagedPolicy(raw);
    policyProblems = policy.errors.length
      ? [{ where: 'policy', errors: policy.errors.map((message) => ({ message })) }]
      : [];
    policyKeys = [];
    for (const [i, key] of policy.trustedKeys.entries()) {
      try {
        policyKeys.push(await trustedKeyFrom(key.publicKey, key.name));
      } catch (error) {
        policyProblems.push({ where: `policy trustedKeys[${i}]`, errors: [{ message: String(error) }] });
      }
    }
    // Inline packs are re-admitted from the policy on every read; URL packs become policy subscriptions.
    const previousInline = current.installed.filter((p) => p.origin === 'policy' && !p.url);
    current.installed = current.installed.filter((p) => p.origin !== 'policy' || p.url);
    for (const [i, entry] of policy.packs.entries()) {
      if (!entry.inline) continue;
      const admission = await install(
        current,
        { text: entry.inline, origin: 'policy' },
        { locked: entry.locked },
      );
      if (!admission.ok) {
        policyProblems.push({ where: `policy packs[${i}]`, errors: admission.errors });
        continue;
      }
      const before = previousInline.find((p) => p.id === admission.pack.id && p.hash === admission.pack.hash);
      const installed = current.installed.find((p) => p.id === admission.pack.id);
      if (before && installed) installed.updatedAt = before.updatedAt;
    }
    const policyUrls: string[] = [];
    for (const [i, entry] of policy.packs.entries()) {
      if (!entry.url) continue;
      const checked = checkPackAddress(entry.url);
      if (!checked.ok) {
        policyProblems.push({ where: `policy packs[${i}]`, errors: [{ message: checked.message }] });
        continue;
      }
      policyUrls.push(checked.url);
    }
    current.subscriptions = current.subscriptions.filter(
      (s) => s.origin !== 'policy' || policyUrls.includes(s.url),
    );
    current.installed = current.installed.filter(
      (p) => p.origin !== 'policy' || !p.url || policyUrls.includes(p.url),
    );
    for (const url of policyUrls) {
      let sub = current.subscriptions.find((s) => s.url === url && s.origin === 'policy');
      if (!sub) {
        sub = { url, origin: 'policy', intervalHours: DEFAULT_INTERVAL_HOURS };
        current.subscriptions.push(sub);
      }
      const held = current.installed.find((p) => p.url === url && p.origin === 'policy');
      if (held) held.locked = policy.packs.find((p) => p.url === url)?.locked !== false;
      if (!sub.lastChecked) await refreshSubscription(current, sub);
    }
    // A failure to write the guard settings must not stop the packs from applying.
    await deps.policyApplied?.(policy).catch(() => undefined);
  }

  async function commit(current: PackStoreState) {
    await deps.saveState(current);
    await publish(current);
  }

  function refusedByPolicy(): CommandResult | null {
    return policy.allowUserPacks
      ? null
      : { ok: false, errors: [{ message: 'your organisation does not allow packs of your own' }] };
  }

  return {
    /** At install and browser start: built-in packs, policy, then the active rule set. */
    start: () =>
      serial(async () => {
        await loadBuiltins();
        const current = await state();
        await applyPolicy(current);
        await commit(current);
      }),

    /** storage.onChanged for the `managed` area. */
    policyChanged: () =>
      serial(async () => {
        const current = await state();
        await applyPolicy(current);
        await commit(current);
      }),

    importPack: (text: string, fileName?: string, signature?: PackSignature) =>
      serial(async (): Promise<CommandResult> => {
        const refused = refusedByPolicy();
        if (refused) return refused;
        const current = await state();
        const admission = await install(current, {
          text,
          origin: 'file',
          ...(fileName ? { fileName } : {}),
          ...(signature ? { signature } : {}),
        });
        if (!admission.ok) return admission;
        await commit(current);
        return { ok: true, packId: admission.pack.id };
      }),

    subscribe: (address: string, intervalHours = DEFAULT_INTERVAL_HOURS) =>
      serial(async (): Promise<CommandResult> => {
        const refused = refusedByPolicy();
        if (refused) return refused;
        const checked = checkPackAddress(address);
        if (!checked.ok) return { ok: false, errors: [{ message: checked.message }] };
        const current = await state();
        if (current.subscriptions.some((s) => s.url === checked.url)) {
          return { ok: false, errors: [{ message: 'this address is already subscribed' }] };
        }
        const sub: Subscription = {
          url: checked.url,
          origin: 'subscription',
          intervalHours: Math.max(MIN_INTERVAL_HOURS, intervalHours || DEFAULT_INTERVAL_HOURS),
        };
        const result = await refreshSubscription(current, sub);
        // A first fetch that fails leaves nothing behind: there is no good version to keep.
        if (!result.ok) return result;
        current.subscriptions.push(sub);
        await commit(current);
        return result;
      }),

    unsubscribe: (url: string) =>
      serial(async (): Promise<CommandResult> => {
        const current = await state();
        current.subscriptions = current.subscriptions.filter(
          (s) => !(s.url === url && s.origin === 'subscription'),
        );
        current.installed = current.installed.filter((p) => !(p.url === url && p.origin === 'subscription'));
        await commit(current);
        return { ok: true };
      }),

    /** Removes a pack the person imported (or the subscription that delivers it). */
    removePack: (packId: string) =>
      serial(async (): Promise<CommandResult> => {
        const current = await state();
        const pack = current.installed.find((p) => p.id === packId);
        if (!pack || (pack.origin !== 'file' && pack.origin !== 'subscription')) {
          return { ok: false, errors: [{ packId, message: 'only packs you added yourself can be removed' }] };
        }
        current.installed = current.installed.filter((p) => p !== pack);
        if (pack.url) current.subscriptions = current.subscriptions.filter((s) => s.url !== pack.url);
        await commit(current);
        return { ok: true };
      }),

    setPackEnabled: (packId: string, enabled: boolean) =>
      serial(async (): Promise<CommandResult> => {
        if (!enabled && isLocked(packId)) {
          return { ok: false, errors: [{ packId, message: 'your organisation locked this pack on' }] };
        }
        const current = await state();
        current.overrides = { ...current.overrides, [packId]: { ...current.overrides[packId], enabled } };
        await commit(current);
        return { ok: true };
      }),

    setRuleOverride: (packId: string, ruleId: string, value: RuleOverride | null) =>
      serial(async (): Promise<CommandResult> => {
        if (isLocked(packId))
          return { ok: false, errors: [{ packId, message: 'your organisation locked this pack' }] };
        const current = await state();
        const rules = { ...current.overrides[packId]?.rules };
        if (value) rules[ruleId] = value;
        else delete rules[ruleId];
        current.overrides = { ...current.overrides, [packId]: { ...current.overrides[packId], rules } };
        await commit(current);
        return { ok: true };
      }),

    trustKey: (publicKey: string, name?: string) =>
      serial(async (): Promise<CommandResult> => {
        let key: TrustedKey;
        try {
          key = await trustedKeyFrom(publicKey, name);
        } catch (error) {
          return { ok: false, errors: [{ message: error instanceof Error ? error.message : String(error) }] };
        }
        const current = await state();
        current.trustedKeys = [...current.trustedKeys.filter((k) => k.keyId !== key.keyId), key];
        await commit(current);
        return { ok: true };
      }),

    untrustKey: (keyId: string) =>
      serial(async (): Promise<CommandResult> => {
        const current = await state();
        current.trustedKeys = current.trustedKeys.filter((k) => k.keyId !== keyId);
        await commit(current);
        return { ok: true };
      }),

    /** Checks one subscription now (the options page's "update now"). */
    refresh: (url: string) =>
      serial(async (): Promise<CommandResult> => {
        const current = await state();
        const sub = current.subscriptions.find((s) => s.url === url);
        if (!sub) return { ok: false, errors: [{ message: 'no such subscription' }] };
        const result = await refreshSubscription(current, sub);
        await commit(current);
        return result;
      }),

    /** The hourly alarm: checks every subscription whose interval has passed. */
    refreshDue: () =>
      serial(async () => {
        const current = await state();
        const now = deps.now();
        for (const sub of current.subscriptions) {
          const interval = Math.max(MIN_INTERVAL_HOURS, sub.intervalHours) * 3_600_000;
          if (!sub.lastChecked || now - sub.lastChecked >= interval) await refreshSubscription(current, sub);
        }
        await commit(current);
      }),
  };

  function isLocked(packId: string): boolean {
    return lockedIds.has(packId) || policy.lockedPacks.includes(packId);
  }
}

export type PackStore = ReturnType<typeof createPackStore>;
