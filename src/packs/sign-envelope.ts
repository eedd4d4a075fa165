import type { PackSignature } from './sign-pack';

/**
 * How a signed pack travels. Two equivalent forms, both carrying the same signature over the canonical
 * JSON of the pack:
 * - the envelope, one JSON file `{ "pack": {…}, "signature": "…", "keyId": "…" }` (what `pack build`
 *   writes; what subscriptions and policy URLs serve; what the options page imports);
 * - a detached signature beside the authoring file, `pack.yaml.sig` = `{ "keyId": "…", "signature": "…" }`
 *   (what `pack sign` writes, so the reviewed YAML stays the source of truth in git).
 */
export interface SignedEnvelope extends PackSignature {
  pack: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An envelope, or null when the value is a plain pack (it has no `signature` beside a `pack` object). */
export function readEnvelope(value: unknown): SignedEnvelope | null {
  if (!isRecord(value) || !isRecord(value.pack)) return null;
  if (typeof value.signature !== 'string' || typeof value.keyId !== 'string') return null;
  return { pack: value.pack, signature: value.signature, keyId: value.keyId };
}

export function readDetachedSignature(text: string): PackSignature {
  const value: unknown = JSON.parse(text);
  if (!isRecord(value) || typeof value.signature !== 'string' || typeof value.keyId !== 'string') {
    throw new Error('a signature file holds { "keyId": "…", "signature": "…" }');
  }
  return { keyId: value.keyId, signature: value.signature };
}
