import { describe, expect, it } from 'vitest';
import * as ed from '@noble/ed25519';
import { canonicalBytes, canonicalJson } from './canonical-json';
import { fromBase64, generateKeyPair, signPack, trustedKeyFrom, verifyPackSignature } from './sign-pack';
import { readEnvelope } from './sign-envelope';

const pack = { pack: 'org-demo', version: '1.0.0', name: { vi: 'Thử', en: 'Demo' }, rules: [] };

describe('canonical JSON', () => {
  it('sorts keys, drops whitespace and normalises strings to NFC', () => {
    const decomposed = 'Tho\u0302\u0301ng'; // "Thống" written with combining marks
    expect(canonicalJson({ b: 1, a: [true, null, decomposed] })).toBe('{"a":[true,null,"Thống"],"b":1}');
  });
  it('is the same whatever the key order', () => {
    expect(canonicalJson({ x: { b: 2, a: 1 }, y: 'z' })).toBe(canonicalJson({ y: 'z', x: { a: 1, b: 2 } }));
  });
  it('refuses values JSON cannot hold', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/finite/);
    expect(() => canonicalJson({ a: () => 1 })).toThrow(/function/);
  });
});

describe('signatures', () => {
  it('round-trips with a generated key and rejects a changed pack', async () => {
    const keys = await generateKeyPair();
    const trusted = [await trustedKeyFrom(keys.publicKey, 'Demo')];
    const signature = await signPack(pack, keys.secretKey);
    expect(signature.keyId).toBe(keys.keyId);
    expect(await verifyPackSignature(pack, signature, trusted)).toEqual({ ok: true, keyId: keys.keyId });
    // Key order and formatting do not matter; content does.
    const reordered = { rules: [], name: { en: 'Demo', vi: 'Thử' }, version: '1.0.0', pack: 'org-demo' };
    expect((await verifyPackSignature(reordered, signature, trusted)).ok).toBe(true);
    const changed = await verifyPackSignature({ ...pack, version: '1.0.1' }, signature, trusted);
    expect(changed).toMatchObject({ ok: false, reason: 'bad-signature' });
  });
  it('refuses a signature by a key nobody trusts', async () => {
    const keys = await generateKeyPair();
    const other = await generateKeyPair();
    const signature = await signPack(pack, keys.secretKey);
    const result = await verifyPackSignature(pack, signature, [await trustedKeyFrom(other.publicKey)]);
    expect(result).toMatchObject({ ok: false, reason: 'unknown-key' });
  });
  it('agrees with @noble/ed25519 (the fallback where WebCrypto has no Ed25519)', async () => {
    const keys = await generateKeyPair();
    const signature = await signPack(pack, keys.secretKey);
    const ok = await ed.verifyAsync(
      fromBase64(signature.signature),
      canonicalBytes(pack),
      fromBase64(keys.publicKey),
    );
    expect(ok).toBe(true);
  });
  it('reads envelopes and tells them from plain packs', () => {
    expect(readEnvelope({ pack, signature: 'x', keyId: 'y' })).toEqual({ pack, signature: 'x', keyId: 'y' });
    expect(readEnvelope(pack)).toBeNull();
  });
});
