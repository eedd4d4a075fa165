import * as ed from '@noble/ed25519';
import { canonicalBytes } from './canonical-json';

/**
 * Pack signatures: Ed25519 over the canonical JSON of the parsed pack (see canonical-json.ts).
 * Keys travel as base64 of the raw 32-byte Ed25519 keys; a key is named by its key id, the first 16 hex
 * digits of SHA-256 over the raw public key, so a signature names the key that made it without carrying it.
 */

export interface PackKeyPair {
  keyId: string;
  /** base64 of the raw 32-byte public key: what admins hand to staff (or push by policy). */
  publicKey: string;
  /** base64 of the raw 32-byte secret key: stays with the publisher. */
  secretKey: string;
}

/** A key the person or their organisation trusts to sign packs. */
export interface TrustedKey {
  keyId: string;
  publicKey: string;
  /** Who it belongs to, as shown in the options page. */
  name?: string;
}

export interface PackSignature {
  keyId: string;
  /** base64 of the 64-byte Ed25519 signature over canonicalJson(pack). */
  signature: string;
}

export type SignatureCheck =
  | { ok: true; keyId: string }
  | { ok: false; reason: 'unknown-key' | 'bad-signature' | 'malformed'; message: string };

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text.trim());
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function keyIdOf(publicKey: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', publicKey as Uint8Array<ArrayBuffer>));
  return Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function generateKeyPair(): Promise<PackKeyPair> {
  const { secretKey, publicKey } = await ed.keygenAsync();
  return { keyId: await keyIdOf(publicKey), publicKey: toBase64(publicKey), secretKey: toBase64(secretKey) };
}

/** Builds a trusted-key entry from a base64 public key, checking it is a 32-byte key. */
export async function trustedKeyFrom(publicKeyBase64: string, name?: string): Promise<TrustedKey> {
  let raw: Uint8Array;
  try {
    raw = fromBase64(publicKeyBase64);
  } catch {
    throw new Error('the public key is not base64');
  }
  if (raw.length !== 32) throw new Error(`an Ed25519 public key has 32 bytes, this one has ${raw.length}`);
  return { keyId: await keyIdOf(raw), publicKey: toBase64(raw), ...(name ? { name } : {}) };
}

export async function signPack(pack: unknown, secretKeyBase64: string): Promise<PackSignature> {
  const secretKey = fromBase64(secretKeyBase64);
  if (secretKey.length !== 32) throw new Error('an Ed25519 secret key has 32 bytes');
  const publicKey = await ed.getPublicKeyAsync(secretKey);
  const signature = await ed.signAsync(canonicalBytes(pack), secretKey);
  return { keyId: await keyIdOf(publicKey), signature: toBase64(signature) };
}

export async function verifyPackSignature(
  pack: unknown,
  signature: PackSignature,
  trusted: readonly TrustedKey[],
): Promise<SignatureCheck> {
  const key = trusted.find((k) => k.keyId === signature.keyId);
  if (!key) {
    return {
      ok: false,
      reason: 'unknown-key',
      message: `signed with key ${signature.keyId}, which is not trusted`,
    };
  }
  let sig: Uint8Array;
  let message: Uint8Array;
  try {
    sig = fromBase64(signature.signature);
    message = canonicalBytes(pack);
  } catch (error) {
    return { ok: false, reason: 'malformed', message: `the signature cannot be read: ${String(error)}` };
  }
  if (sig.length !== 64)
    return { ok: false, reason: 'malformed', message: 'an Ed25519 signature has 64 bytes' };
  const valid = await verifyEd25519(sig, message, fromBase64(key.publicKey));
  return valid
    ? { ok: true, keyId: key.keyId }
    : {
        ok: false,
        reason: 'bad-signature',
        message: `the signature does not match the pack (key ${key.keyId})`,
      };
}

/** WebCrypto Ed25519 where the browser has it (Chrome 137+, Firefox 129+, Node 20), else @noble/ed25519. */
export async function verifyEd25519(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array) {
  try {
    const key = await crypto.subtle.importKey(
      'raw',
      publicKey as Uint8Array<ArrayBuffer>,
      { name: 'Ed25519' },
      false,
      ['verify'],
    );
    return await crypto.subtle.verify(
      { name: 'Ed25519' },
      key,
      signature as Uint8Array<ArrayBuffer>,
      message as Uint8Array<ArrayBuffer>,
    );
  } catch {
    try {
      return await ed.verifyAsync(signature, message, publicKey);
    } catch {
      return false;
    }
  }
}
