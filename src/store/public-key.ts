import { fromBase64, trustedKeyFrom, type TrustedKey } from '../packs/sign-pack';
import type { PackProblem } from './pack-record';
import { storeProblem } from './store-strings';

export type KeyReading = { ok: true; key: TrustedKey } | { ok: false; problem: PackProblem };

/** A publisher's Ed25519 public key as the person or the policy gave it (base64 of the raw 32 bytes). */
export async function readPublicKey(publicKey: string, name?: string): Promise<KeyReading> {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(publicKey);
  } catch {
    return { ok: false, problem: storeProblem('key-not-base64', {}) };
  }
  if (bytes.length !== 32)
    return { ok: false, problem: storeProblem('key-wrong-length', { bytes: bytes.length }) };
  return { ok: true, key: await trustedKeyFrom(publicKey, name) };
}
