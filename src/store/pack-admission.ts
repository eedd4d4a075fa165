import type { CompiledPack } from '../engine/types';
import { canonicalJson } from '../packs/canonical-json';
import { readEnvelope } from '../packs/sign-envelope';
import { readPackObject } from '../packs/sign-source';
import { verifyPackSignature, type PackSignature, type TrustedKey } from '../packs/sign-pack';
import type { InstalledPack, LedgerEntry, PackLoader, PackOrigin, PackProblem } from './pack-record';
import { compareVersions } from './semver-order';
import { storeProblem } from './store-strings';
import type { ExampleRunner } from './example-problems';

/** 1 MB: far above any real pack (the built-in ones are a few kB), far below what would hurt a browser. */
export const MAX_PACK_BYTES = 1024 * 1024;

export interface PackCandidate {
  text: string;
  origin: Exclude<PackOrigin, 'builtin'>;
  fileName?: string;
  url?: string;
  /** A detached signature (`pack.yaml.sig`) given beside a plain pack. */
  signature?: PackSignature;
}

export interface AdmissionContext {
  loadPack: PackLoader;
  trustedKeys: readonly TrustedKey[];
  /** Keys the person added that do not count now (the organisation requires its own): named when refused. */
  setAsideKeyIds?: ReadonlySet<string>;
  requireSignatures: boolean;
  ledger: Readonly<Record<string, LedgerEntry>>;
  /** Who holds each pack id now; an id belongs to one place (a built-in id cannot be replaced). */
  owners: ReadonlyMap<string, { origin: PackOrigin; url?: string }>;
  now: number;
  maxBytes?: number;
  /** Runs the pack's own examples (src/packs runPackExamples with the engine); none given: not run. */
  runExamples?: ExampleRunner;
}

export type Admission =
  | { ok: true; pack: InstalledPack; compiled: CompiledPack; ledgerEntry: LedgerEntry }
  | { ok: false; errors: PackProblem[] };

function refuse(problem: PackProblem): Admission {
  return { ok: false, errors: [problem] };
}

/**
 * Decides whether a pack may enter the store: size, schema and examples (the loader), signature, id
 * ownership, no rollback, no takeover by another key. Nothing is changed here; the caller commits.
 */
export async function admitPack(candidate: PackCandidate, context: AdmissionContext): Promise<Admission> {
  const maxBytes = context.maxBytes ?? MAX_PACK_BYTES;
  const bytes = new TextEncoder().encode(candidate.text).length;
  if (bytes > maxBytes) {
    return refuse(storeProblem('pack-too-large', { size: formatBytes(bytes), limit: formatBytes(maxBytes) }));
  }
  const file = candidate.fileName ?? candidate.url;
  const read = readPackObject(candidate.text, file ? { file } : {});
  if (!read.ok) return { ok: false, errors: read.errors };
  const raw = read.data;

  const envelope = readEnvelope(raw);
  const packObject: unknown = envelope ? envelope.pack : raw;
  const signature = envelope ? { keyId: envelope.keyId, signature: envelope.signature } : candidate.signature;
  const loaded = envelope
    ? await context.loadPack(JSON.stringify(envelope.pack, null, 2), {
        ...(file ? { file } : {}),
        format: 'json',
      })
    : await context.loadPack(candidate.text, { ...(file ? { file } : {}), format: read.format });
  if (!loaded.ok) return { ok: false, errors: loaded.errors };
  const compiled = loaded.compiled;
  const id = compiled.id;
  const failing = context.runExamples?.(loaded.pack, compiled) ?? [];
  if (failing.length) return { ok: false, errors: failing };

  let keyId: string | undefined;
  if (signature) {
    const check = await verifyPackSignature(packObject, signature, context.trustedKeys);
    if (!check.ok) {
      if (check.reason === 'unknown-key')
        return refuse(
          storeProblem(
            context.setAsideKeyIds?.has(signature.keyId)
              ? 'signature-not-organisation-key'
              : 'signature-unknown-key',
            { keyId: signature.keyId },
            id,
          ),
        );
      if (check.reason === 'bad-signature')
        return refuse(storeProblem('signature-mismatch', { keyId: signature.keyId }, id));
      return refuse(storeProblem('signature-malformed', { detail: check.message }, id));
    }
    keyId = check.keyId;
  } else if (context.requireSignatures) {
    return refuse(storeProblem('signature-required', {}, id));
  }

  const owner = context.owners.get(id);
  if (owner && (owner.origin !== candidate.origin || (owner.url ?? '') !== (candidate.url ?? ''))) {
    if (owner.origin === 'builtin') return refuse(storeProblem('id-builtin', { id }, id));
    if (owner.origin === 'policy' && candidate.origin !== 'policy') {
      return refuse(storeProblem('id-policy', { id }, id));
    }
    // A policy pack may take over an id the person installed themselves; other sources may not.
    if (candidate.origin !== 'policy') {
      return refuse(
        owner.url
          ? storeProblem('id-taken-address', { id, url: owner.url }, id)
          : storeProblem('id-taken-file', { id }, id),
      );
    }
  }

  const hash = await sha256Hex(canonicalJson(packObject));
  const known = context.ledger[id];
  if (known) {
    if (known.keyId && known.keyId !== keyId) {
      return refuse(
        keyId
          ? storeProblem('key-changed', { id, was: known.keyId, now: keyId }, id)
          : storeProblem('key-dropped', { id, was: known.keyId }, id),
      );
    }
    const order = compareVersions(compiled.version, known.version);
    if (order < 0) {
      return refuse(
        storeProblem('version-older', { version: compiled.version, accepted: known.version }, id),
      );
    }
    if (order === 0 && hash !== known.hash) {
      return refuse(storeProblem('version-unchanged', { id, version: compiled.version }, id));
    }
  }

  const pack: InstalledPack = {
    id,
    origin: candidate.origin,
    version: compiled.version,
    name: compiled.name,
    ...(compiled.publisher ? { publisher: compiled.publisher } : {}),
    source: packObject,
    ...(signature && keyId ? { signature } : {}),
    updatedAt: context.now,
    hash,
    ...(keyId ? { keyId } : {}),
    ...(candidate.url ? { url: candidate.url } : {}),
    ...(candidate.fileName ? { fileName: candidate.fileName } : {}),
  };
  // Once signed, always signed by that key: the ledger keeps the key even if a later check had none.
  const ledgerEntry: LedgerEntry = {
    version: compiled.version,
    hash,
    ...((keyId ?? known?.keyId) ? { keyId: keyId ?? known?.keyId } : {}),
  };
  return { ok: true, pack, compiled, ledgerEntry };
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}
