import type { CompiledPack } from '../engine/types';
import type { PackSignature } from '../packs/sign-pack';
import { composeRuleSet } from './active-rule-set';
import { loadBuiltinPacks, type BuiltinPacks } from './builtin-packs';
import { checkPackAddress } from './https-address';
import type { ManagedPolicy } from './managed-policy';
import type { PackCatalog } from './pack-catalog';
import { forget, installPack, type InstallEnvironment } from './pack-install';
import {
  EMPTY_STORE_STATE,
  type CommandResult,
  type PackLoader,
  type PackProblem,
  type PackStoreState,
  type PlacedProblems,
  type RuleOverride,
  type Subscription,
} from './pack-record';
import { applyInlinePolicyPacks } from './policy-inline-packs';
import { applyPolicyPackAddresses } from './policy-pack-addresses';
import { NO_POLICY_IN_FORCE, readPolicyInForce, type PolicyInForce } from './policy-read';
import type { ExampleRunner } from './example-problems';
import { readPublicKey } from './public-key';
import { readStoredState } from './stored-state';
import { createCompiledPacks } from './compiled-packs';
import { createSerialQueue } from './serial-queue';
import { storeProblem } from './store-strings';
import { DEFAULT_INTERVAL_HOURS, isDue, MIN_INTERVAL_HOURS } from './subscription-interval';
import { refreshSubscription, type RefreshEnvironment } from './subscription-refresh';

export { DEFAULT_INTERVAL_HOURS, MIN_INTERVAL_HOURS } from './subscription-interval';
export type { CommandResult } from './pack-record';

/** Everything the store needs from the browser, passed in by the background (and by tests). */
export interface PackStoreDeps {
  loadPack: PackLoader;
  /** Built-in pack files: path → YAML text (import.meta.glob of rules/*\/pack.yaml). */
  builtinSources: Record<string, string>;
  /** The stored state as read (checked here before use: it may be damaged). */
  loadState(): Promise<unknown>;
  /**
   * Writes in one storage call, all or nothing: the state (only when it changed), the active rule set and
   * the catalog the options page shows. A failure (storage full) leaves the last good state in force.
   */
  persist(write: StoreWrite): Promise<void>;
  /** Where a failed write is told when the catalog cannot be (storage.session; [] once writing works again). */
  reportStorage?(problems: PackProblem[]): Promise<void>;
  /** storage.managed contents, or undefined where the browser has no managed storage. */
  readPolicy(): Promise<unknown>;
  fetch: typeof fetch;
  now(): number;
  fetchTimeoutMs?: number;
  /** Called after every policy read, to lay the policy's mode and sites over the guard settings. */
  policyApplied?(policy: ManagedPolicy): Promise<void>;
  /** Runs each admitted pack's examples (refusing a pack whose examples fail). */
  runExamples?: ExampleRunner;
  /**
   * Gives back host permissions (`https://host/*`) asked for at subscribe time, once no subscription of the
   * person's uses that origin any more.
   */
  releaseOrigins?(origins: string[]): Promise<void>;
  /** The cap on the installed packs together (MAX_STORE_BYTES unless a test sets another). */
  maxStoreBytes?: number;
  /** Keeps a problem in the error log (the options page shows it after the store's own notice is gone). */
  logError?(entry: StoreLogEntry): Promise<void>;
}

/** What the store puts in the error log: where, the English text, and the message id to render it. */
export interface StoreLogEntry {
  at: number;
  where: string;
  message: string;
  code?: string;
  data?: Record<string, string | number>;
}

export interface StoreWrite {
  state?: PackStoreState;
  active: CompiledPack[];
  catalog: PackCatalog;
}

/** The stored state could not be read or written: the command stops with this problem. */
class StorageFailure extends Error {
  constructor(readonly problem: PackProblem) {
    super(problem.message);
  }
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The pack store: one place that changes packs, so every change is admitted the same way (admitPack),
 * persisted, and followed by a fresh active rule set. Operations run one at a time. The parts live in
 * their own modules: built-in packs (builtin-packs), the policy (policy-read, policy-inline-packs,
 * policy-pack-addresses), admission into the state (pack-install), fetching (subscription-refresh) and the
 * rule set (active-rule-set); this file holds the commands.
 */
export function createPackStore(deps: PackStoreDeps) {
  let builtins: BuiltinPacks = { packs: [], problems: [] };
  let policy: PolicyInForce = NO_POLICY_IN_FORCE;
  let policyPackProblems: PlacedProblems[] = [];
  let lockedIds = new Set<string>();
  // Problems with storage itself, shown on the options page under "storage": damage found while this
  // worker runs (the clean state is written at the next commit), and a read that failed (until one works).
  const damage: PackProblem[] = [];
  let unreadable: PackProblem[] = [];
  let writeFailed = false;
  // The state as read, to write it back only when a command changed it (it can be megabytes).
  const readAs = new WeakMap<PackStoreState, string>();
  const compiled = createCompiledPacks(deps.loadPack);
  const queue = createSerialQueue();

  const env = (): RefreshEnvironment & InstallEnvironment => ({
    loadPack: deps.loadPack,
    ...(deps.runExamples ? { runExamples: deps.runExamples } : {}),
    now: deps.now,
    builtins: builtins.packs,
    policy,
    compiled,
    ...(deps.maxStoreBytes ? { maxStoreBytes: deps.maxStoreBytes } : {}),
    fetch: deps.fetch,
    ...(deps.fetchTimeoutMs ? { fetchTimeoutMs: deps.fetchTimeoutMs } : {}),
  });

  function log(where: string, problem: PackProblem) {
    const { message, code, data } = problem;
    void deps
      .logError?.({ at: deps.now(), where, message, ...(code ? { code } : {}), ...(data ? { data } : {}) })
      .catch(() => undefined);
  }

  async function state(): Promise<PackStoreState> {
    let raw: unknown;
    try {
      raw = await deps.loadState();
    } catch (error) {
      const problem = storeProblem('stored-state-unreadable', { detail: errorText(error) });
      unreadable = [problem];
      log('store.state', problem);
      throw new StorageFailure(problem);
    }
    unreadable = [];
    const reading = readStoredState(raw);
    for (const problem of reading.problems) {
      if (!damage.some((known) => known.message === problem.message)) damage.push(problem);
      log('store.state', problem);
    }
    // A damaged state is written back clean at the next commit; an intact one only if something changed.
    if (!reading.problems.length) readAs.set(reading.state, JSON.stringify(reading.state));
    return reading.state;
  }

  /**
   * One operation at a time, and none ever throws: a command gets its problem back (the state it could not
   * read, or anything unexpected, which is also logged), a background task logs it.
   */
  function serial<T>(task: () => Promise<T>, failed: (problem: PackProblem) => T): Promise<T> {
    return queue(async () => {
      try {
        return await task();
      } catch (error) {
        if (error instanceof StorageFailure) return failed(error.problem);
        const problem = storeProblem('store-failed', { detail: errorText(error) });
        log('store', problem);
        return failed(problem);
      }
    });
  }
  const command = (task: () => Promise<CommandResult>) =>
    serial(task, (problem): CommandResult => ({ ok: false, errors: [problem] }));
  const task = (work: () => Promise<void>) => serial(work, () => undefined);

  /**
   * Composes the active rule set and catalog from `current` and writes them, with the state unless
   * `writeState` is false (a state that could not be read is never written over).
   */
  async function commit(current: PackStoreState, writeState = true) {
    const installed = await compiled.compile(current.installed);
    const packErrors = new Map<string, PackProblem[]>();
    for (const sub of current.subscriptions) {
      if (sub.packId && sub.lastErrors?.length) packErrors.set(sub.packId, sub.lastErrors);
    }
    const { active, catalog } = composeRuleSet({
      builtins: builtins.packs,
      installed: installed.packs,
      uncompiled: installed.uncompiled,
      state: current,
      policy: policy.policy,
      policyKeys: policy.keys,
      problems: [
        ...(damage.length || unreadable.length
          ? [{ where: 'storage', errors: [...unreadable, ...damage] }]
          : []),
        ...builtins.problems,
        ...policy.problems,
        ...policyPackProblems,
        // A subscription that never delivered a good version has no pack to show its error beside.
        ...current.subscriptions
          .filter((sub) => sub.lastErrors?.length && !sub.packId)
          .map((sub) => ({ where: sub.url, errors: sub.lastErrors! })),
      ],
      packErrors,
      now: deps.now(),
    });
    const serialized = JSON.stringify(current);
    const stateChanged = writeState && serialized !== readAs.get(current);
    try {
      await deps.persist({ ...(stateChanged ? { state: current } : {}), active, catalog });
    } catch (error) {
      const detail = errorText(error);
      const problem = /quota/i.test(detail)
        ? storeProblem('storage-full', { detail })
        : storeProblem('storage-write-failed', { detail });
      writeFailed = true;
      log('store.write', problem);
      await deps.reportStorage?.([problem]).catch(() => undefined);
      throw new StorageFailure(problem);
    }
    if (writeFailed) {
      writeFailed = false;
      await deps.reportStorage?.([]).catch(() => undefined);
    }
    readAs.set(current, serialized);
    lockedIds = new Set(catalog.packs.filter((p) => p.locked).map((p) => p.id));
  }

  /** The policy's four jobs: read it, re-admit its inline packs, follow its addresses, set the guard. */
  async function applyPolicy(current: PackStoreState) {
    policy = await readPolicyInForce(deps.readPolicy);
    policyPackProblems = [
      ...(await applyInlinePolicyPacks(current, env())),
      ...(await applyPolicyPackAddresses(current, env())),
    ];
    // A failure to write the guard settings must not stop the packs from applying.
    await deps.policyApplied?.(policy.policy).catch(() => undefined);
  }

  /** The permission for a subscription's host goes with the last subscription of the person's there. */
  async function releaseUnusedOrigin(current: PackStoreState, url: string) {
    const origin = originOf(url);
    if (!origin || !deps.releaseOrigins) return;
    const used = current.subscriptions.some((s) => s.origin === 'subscription' && originOf(s.url) === origin);
    if (!used) await deps.releaseOrigins([`${origin}/*`]).catch(() => undefined);
  }

  function refusedByPolicy(): CommandResult | null {
    return policy.policy.allowUserPacks
      ? null
      : { ok: false, errors: [storeProblem('user-packs-forbidden', {})] };
  }

  function isLocked(packId: string): boolean {
    return lockedIds.has(packId) || policy.policy.lockedPacks.includes(packId);
  }

  return {
    /** At install and browser start: built-in packs, policy, then the active rule set. */
    start: () =>
      task(async () => {
        builtins = await loadBuiltinPacks(deps.loadPack, deps.builtinSources);
        let current: PackStoreState;
        try {
          current = await state();
        } catch (error) {
          if (!(error instanceof StorageFailure)) throw error;
          // Nothing is written over a state that could not be read: built-in and policy packs still apply.
          current = structuredClone(EMPTY_STORE_STATE);
          await applyPolicy(current);
          await commit(current, false);
          return;
        }
        await applyPolicy(current);
        await commit(current);
      }),

    /** storage.onChanged for the `managed` area. */
    policyChanged: () =>
      task(async () => {
        const current = await state();
        await applyPolicy(current);
        await commit(current);
      }),

    importPack: (text: string, fileName?: string, signature?: PackSignature) =>
      command(async () => {
        const refused = refusedByPolicy();
        if (refused) return refused;
        const current = await state();
        const admission = await installPack(
          current,
          {
            text,
            origin: 'file',
            ...(fileName ? { fileName } : {}),
            ...(signature ? { signature } : {}),
          },
          env(),
        );
        if (!admission.ok) return admission;
        await commit(current);
        return { ok: true, packId: admission.pack.id };
      }),

    subscribe: (address: string, intervalHours = DEFAULT_INTERVAL_HOURS) =>
      command(async () => {
        const refused = refusedByPolicy();
        if (refused) return refused;
        const checked = checkPackAddress(address);
        if (!checked.ok) return { ok: false, errors: [checked.problem] };
        const current = await state();
        if (current.subscriptions.some((s) => s.url === checked.url)) {
          return { ok: false, errors: [storeProblem('already-subscribed', {})] };
        }
        const sub: Subscription = {
          url: checked.url,
          origin: 'subscription',
          intervalHours: Math.max(MIN_INTERVAL_HOURS, intervalHours || DEFAULT_INTERVAL_HOURS),
        };
        const result = await refreshSubscription(current, sub, env());
        // A first fetch that fails leaves nothing behind: there is no good version to keep.
        if (!result.ok) return result;
        current.subscriptions.push(sub);
        await commit(current);
        return result;
      }),

    unsubscribe: (url: string) =>
      command(async () => {
        const current = await state();
        current.subscriptions = current.subscriptions.filter(
          (s) => !(s.url === url && s.origin === 'subscription'),
        );
        for (const pack of current.installed.filter((p) => p.url === url && p.origin === 'subscription')) {
          current.installed = current.installed.filter((p) => p !== pack);
          forget(current, pack);
        }
        await commit(current);
        await releaseUnusedOrigin(current, url);
        return { ok: true };
      }),

    /** Removes a pack the person imported (or the subscription that delivers it). */
    removePack: (packId: string) =>
      command(async () => {
        const current = await state();
        const pack = current.installed.find((p) => p.id === packId);
        if (!pack || (pack.origin !== 'file' && pack.origin !== 'subscription')) {
          return { ok: false, errors: [storeProblem('not-removable', {}, packId)] };
        }
        current.installed = current.installed.filter((p) => p !== pack);
        forget(current, pack);
        if (pack.url) {
          current.subscriptions = current.subscriptions.filter(
            (s) => !(s.url === pack.url && s.origin === 'subscription'),
          );
        }
        await commit(current);
        if (pack.url) await releaseUnusedOrigin(current, pack.url);
        return { ok: true };
      }),

    setPackEnabled: (packId: string, enabled: boolean) =>
      command(async () => {
        if (!enabled && isLocked(packId)) {
          return { ok: false, errors: [storeProblem('locked-on', {}, packId)] };
        }
        const current = await state();
        current.overrides = { ...current.overrides, [packId]: { ...current.overrides[packId], enabled } };
        await commit(current);
        return { ok: true };
      }),

    setRuleOverride: (packId: string, ruleId: string, value: RuleOverride | null) =>
      command(async () => {
        if (isLocked(packId)) return { ok: false, errors: [storeProblem('locked-rules', {}, packId)] };
        const current = await state();
        const rules = { ...current.overrides[packId]?.rules };
        if (value) rules[ruleId] = value;
        else delete rules[ruleId];
        current.overrides = { ...current.overrides, [packId]: { ...current.overrides[packId], rules } };
        await commit(current);
        return { ok: true };
      }),

    trustKey: (publicKey: string, name?: string) =>
      command(async () => {
        const read = await readPublicKey(publicKey, name);
        if (!read.ok) return { ok: false, errors: [read.problem] };
        const key = read.key;
        const current = await state();
        current.trustedKeys = [...current.trustedKeys.filter((k) => k.keyId !== key.keyId), key];
        await commit(current);
        return { ok: true };
      }),

    untrustKey: (keyId: string) =>
      command(async () => {
        const current = await state();
        current.trustedKeys = current.trustedKeys.filter((k) => k.keyId !== keyId);
        await commit(current);
        return { ok: true };
      }),

    /** Checks one subscription now (the options page's "update now"). */
    refresh: (url: string) =>
      command(async () => {
        const current = await state();
        const sub = current.subscriptions.find((s) => s.url === url);
        if (!sub) return { ok: false, errors: [storeProblem('no-subscription', {})] };
        const result = await refreshSubscription(current, sub, env());
        await commit(current);
        return result;
      }),

    /** The hourly alarm: checks every subscription whose interval has passed. */
    refreshDue: () =>
      task(async () => {
        const current = await state();
        const now = deps.now();
        for (const sub of current.subscriptions) {
          if (isDue(sub, now)) await refreshSubscription(current, sub, env());
        }
        await commit(current);
      }),
  };
}

export type PackStore = ReturnType<typeof createPackStore>;
