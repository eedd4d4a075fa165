import { describe, expect, it } from 'vitest';
import { NO_POLICY, readManagedPolicy } from './managed-policy';
import { SITE_IDS } from '../sites';

describe('reading the managed policy', () => {
  it('no policy (empty managed storage, or none at all) changes nothing', () => {
    expect(readManagedPolicy(undefined)).toBe(NO_POLICY);
    expect(readManagedPolicy({})).toBe(NO_POLICY);
  });

  it('reads every field, with locked packs by default', () => {
    const policy = readManagedPolicy({
      packs: [{ url: 'https://x.example/p.json' }, { inline: 'pack: a', locked: false }],
      trustedKeys: [{ publicKey: 'AAAA', name: 'Org' }, 'BBBB'],
      lockedPacks: ['vn-sources'],
      requireSignatures: true,
      allowUserPacks: false,
      mode: 'findings-only',
      sites: { zalo: { enabled: false, mode: 'always' } },
    });
    expect(policy).toMatchObject({
      present: true,
      packs: [
        { url: 'https://x.example/p.json', locked: true },
        { inline: 'pack: a', locked: false },
      ],
      trustedKeys: [{ publicKey: 'AAAA', name: 'Org' }, { publicKey: 'BBBB' }],
      lockedPacks: ['vn-sources'],
      requireSignatures: true,
      allowUserPacks: false,
      mode: 'findings-only',
      sites: { zalo: { enabled: false, mode: 'always' } },
      errors: [],
    });
  });

  it('takes an inline envelope given as an object (Firefox policies.json has no schema to force a string)', () => {
    const envelope = { pack: { pack: 'a' }, signature: 's', keyId: 'k' };
    expect(readManagedPolicy({ packs: [{ inline: envelope }] }).packs[0]!.inline).toBe(
      JSON.stringify(envelope),
    );
  });

  it('reports wrong fields and ignores them (Firefox does not check a schema)', () => {
    const policy = readManagedPolicy({
      packs: [{ url: 'https://a', inline: 'x' }, 'nope'],
      trustedKeys: [{ name: 'no key' }],
      lockedPacks: 'vn-sources',
      requireSignatures: 'yes',
      mode: 'sometimes',
      sites: { zalo: { enabled: 'no', mode: 'loud' }, myspace: { enabled: true } },
    });
    expect(policy.packs).toEqual([]);
    expect(policy.requireSignatures).toBe(false);
    expect(policy.mode).toBeUndefined();
    expect(policy.sites).not.toHaveProperty('myspace');
    expect(policy.errors).toContain(`sites.myspace: not a site Wise Reader guards (${SITE_IDS.join(', ')})`);
    expect(policy.errors).toHaveLength(9);
  });
});
