import { z } from 'zod';
import { EMPTY_STORE_STATE, type PackProblem, type PackStoreState } from './pack-record';
import { storeProblem } from './store-strings';

/*
 * The pack store's state as read back from storage.local, checked part by part before anything uses it. A
 * value of the wrong shape (a bug in an older version, a hand edit, a write from outside the background)
 * must not make the background throw on start and on every command: each damaged part falls back to empty,
 * each damaged entry is dropped, the good ones stay, and every loss is named.
 */

const problemShape = z.object({
  packId: z.string().optional(),
  ruleId: z.string().optional(),
  field: z.string().optional(),
  line: z.number().optional(),
  message: z.string(),
  code: z.string().optional(),
  data: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

const compiledShape = z.looseObject({
  id: z.string(),
  version: z.string(),
  name: z.looseObject({ vi: z.string() }),
  rules: z.array(z.looseObject({ id: z.string(), kind: z.string() })),
  questions: z.array(z.unknown()),
});

const installedShape = z
  .object({
    id: z.string().min(1),
    origin: z.enum(['file', 'subscription', 'policy']),
    version: z.string(),
    name: z.looseObject({ vi: z.string() }),
    publisher: z.string().optional(),
    source: z.unknown().optional(),
    signature: z.object({ keyId: z.string(), signature: z.string() }).optional(),
    legacyCompiled: compiledShape.optional(),
    updatedAt: z.number(),
    hash: z.string(),
    keyId: z.string().optional(),
    url: z.string().optional(),
    fileName: z.string().optional(),
    locked: z.boolean().optional(),
  })
  // Something to compile: its source, or (stored before 0.2) its compiled form.
  .refine((pack) => pack.source !== undefined || pack.legacyCompiled !== undefined);

const subscriptionShape = z.object({
  url: z.string(),
  origin: z.enum(['subscription', 'policy']),
  intervalHours: z.number(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  lastChecked: z.number().optional(),
  lastErrors: z.array(problemShape).optional(),
  packId: z.string().optional(),
});

const overrideShape = z.object({
  enabled: z.boolean().optional(),
  rules: z.record(z.string(), z.enum(['off', 'info', 'warning', 'critical'])).optional(),
});

const trustedKeyShape = z.object({ keyId: z.string(), publicKey: z.string(), name: z.string().optional() });

const ledgerEntryShape = z.object({ version: z.string(), hash: z.string(), keyId: z.string().optional() });

export interface StoredStateReading {
  state: PackStoreState;
  /** One per damaged part or entry (`stored-state-damaged`, data `part`). */
  problems: PackProblem[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads `local:packStore` (null when nothing was stored yet). */
export function readStoredState(raw: unknown): StoredStateReading {
  const problems: PackProblem[] = [];
  const damaged = (part: string) => problems.push(storeProblem('stored-state-damaged', { part }));
  if (raw === null || raw === undefined) return { state: structuredClone(EMPTY_STORE_STATE), problems };
  if (!isRecord(raw)) {
    damaged('packStore');
    return { state: structuredClone(EMPTY_STORE_STATE), problems };
  }

  const list = <T>(part: string, shape: z.ZodType<T>, upgrade?: (v: unknown) => unknown): T[] => {
    const value = raw[part];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      damaged(part);
      return [];
    }
    return value.flatMap((entry, i) => {
      const parsed = shape.safeParse(upgrade ? upgrade(entry) : entry);
      if (parsed.success) return [parsed.data];
      damaged(`${part}[${i}]`);
      return [];
    });
  };
  const record = <T>(
    part: string,
    shape: z.ZodType<T>,
    value: unknown = (raw as Record<string, unknown>)[part],
  ): Record<string, T> => {
    if (value === undefined) return {};
    if (!isRecord(value)) {
      damaged(part);
      return {};
    }
    const out: Record<string, T> = {};
    for (const [key, entry] of Object.entries(value)) {
      const parsed = shape.safeParse(entry);
      if (parsed.success) out[key] = parsed.data;
      else damaged(`${part}.${key}`);
    }
    return out;
  };

  // The shapes check what the store relies on; the compiled rules themselves were checked when the pack was
  // admitted, and a problem's message id is rendered only if this version knows it (problemText).
  function readLedgers(): PackStoreState['ledgers'] {
    const { ledgers, ledger } = raw as { ledgers?: unknown; ledger?: unknown };
    if (ledgers === undefined && ledger !== undefined) {
      // Earlier versions kept one ledger for every origin: an id the policy holds now is the organisation's.
      const one = record('ledger', ledgerEntryShape, ledger);
      const policyIds = new Set(installed.filter((p) => p.origin === 'policy').map((p) => p.id));
      const split: PackStoreState['ledgers'] = { person: {}, organisation: {} };
      for (const [id, entry] of Object.entries(one)) {
        split[policyIds.has(id) ? 'organisation' : 'person'][id] = entry;
      }
      return split;
    }
    if (ledgers !== undefined && !isRecord(ledgers)) damaged('ledgers');
    const both = isRecord(ledgers) ? ledgers : {};
    return {
      person: record('ledgers.person', ledgerEntryShape, both.person),
      organisation: record('ledgers.organisation', ledgerEntryShape, both.organisation),
    };
  }

  const installed = list('installed', installedShape, upgradeInstalled);
  // A pack stored before 0.2 has no source: its subscription is checked again at once, in full, so the
  // next good copy (with its source) replaces it.
  const legacyUrls = new Set(installed.filter((p) => p.source === undefined && p.url).map((p) => p.url));
  const state = {
    installed,
    subscriptions: list('subscriptions', subscriptionShape, upgradeSubscription).map((sub) => {
      if (!legacyUrls.has(sub.url)) return sub;
      const { lastChecked: _checked, etag: _etag, lastModified: _modified, ...rest } = sub;
      return rest;
    }),
    overrides: record('overrides', overrideShape),
    trustedKeys: list('trustedKeys', trustedKeyShape),
    ledgers: readLedgers(),
  } as unknown as PackStoreState;
  return { state, problems };
}

/** Before 0.2 a pack was stored compiled, without its source. */
function upgradeInstalled(entry: unknown): unknown {
  if (!isRecord(entry) || !isRecord(entry.compiled) || 'source' in entry) return entry;
  const { compiled, ...rest } = entry;
  return {
    ...rest,
    version: compiled.version,
    name: compiled.name,
    ...(typeof compiled.publisher === 'string' ? { publisher: compiled.publisher } : {}),
    legacyCompiled: compiled,
  };
}

/** Before store messages had ids, a subscription kept its last error as one English line. */
function upgradeSubscription(entry: unknown): unknown {
  if (!isRecord(entry) || typeof entry.lastError !== 'string') return entry;
  const { lastError, ...rest } = entry;
  return { ...rest, lastErrors: [{ message: lastError }] };
}
