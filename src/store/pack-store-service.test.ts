import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateKeyPair, signPack } from '../packs/sign-pack';
import { packText } from './testing/fake-pack-loader';
import { memoryPackStore } from './testing/memory-store';

const builtinSources = { '/rules/vn-sources/pack.yaml': packText('vn-sources', '1.0.0') };

async function signed(id: string, version: string, secretKey: string) {
  const pack = JSON.parse(packText(id, version)) as Record<string, unknown>;
  return JSON.stringify({ pack, ...(await signPack(pack, secretKey)) });
}

describe('pack store: built-in packs and switches', () => {
  it('publishes the built-in packs as the active rule set at start', async () => {
    const t = memoryPackStore({ builtinSources });
    await t.store.start();
    expect(t.last.active.map((p) => p.id)).toEqual(['vn-sources']);
    expect(t.last.catalog.packs[0]).toMatchObject({
      id: 'vn-sources',
      origin: 'builtin',
      locked: false,
      inForce: true,
    });
  });

  it('switches a pack off, a rule off, and a rule to another severity', async () => {
    const t = memoryPackStore({ builtinSources });
    await t.store.start();
    await t.store.setRuleOverride('vn-sources', 'r1', 'off');
    await t.store.setRuleOverride('vn-sources', 'r2', 'critical');
    expect(t.last.active[0]!.rules.map((r) => [r.id, r.severity])).toEqual([['r2', 'critical']]);
    await t.store.setPackEnabled('vn-sources', false);
    expect(t.last.active).toEqual([]);
    expect(t.last.catalog.packs[0]).toMatchObject({ enabled: false, inForce: false });
  });

  it('a built-in pack that fails to load is reported, the others still run', async () => {
    const t = memoryPackStore({
      builtinSources: { ...builtinSources, '/rules/broken/pack.yaml': 'pack: [' },
    });
    await t.store.start();
    expect(t.last.active.map((p) => p.id)).toEqual(['vn-sources']);
    expect(t.last.catalog.problems[0]!.where).toBe('/rules/broken/pack.yaml');
  });
});

describe('pack store: imports', () => {
  it('imports a pack, then refuses a bad one without touching the packs in force', async () => {
    const t = memoryPackStore({ builtinSources });
    await t.store.start();
    expect(await t.store.importPack(packText('org-a', '1.0.0'), 'a.json')).toEqual({
      ok: true,
      packId: 'org-a',
    });
    const before = t.last.active;
    const bad = await t.store.importPack('{"pack": 3}', 'bad.json');
    expect(bad.ok).toBe(false);
    expect(t.last.active).toEqual(before);
  });

  it('refuses a version going back, and a changed pack under the same version', async () => {
    const t = memoryPackStore();
    await t.store.start();
    await t.store.importPack(packText('org-a', '1.2.0'));
    const back = await t.store.importPack(packText('org-a', '1.1.9'));
    expect(back).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/older than 1.2.0/) }],
    });
    const sneaky = await t.store.importPack(packText('org-a', '1.2.0', { publisher: 'someone else' }));
    expect(sneaky).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/without a new version/) }],
    });
    expect((await t.store.importPack(packText('org-a', '1.2.0'))).ok).toBe(true);
    expect(t.last.active[0]!.version).toBe('1.2.0');
  });

  it('refuses the id of a built-in pack', async () => {
    const t = memoryPackStore({ builtinSources });
    await t.store.start();
    const result = await t.store.importPack(packText('vn-sources', '9.0.0'));
    expect(result).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/built-in/) }] });
  });

  it('keeps a pack with the key that first signed it', async () => {
    const owner = await generateKeyPair();
    const intruder = await generateKeyPair();
    const t = memoryPackStore();
    await t.store.start();
    await t.store.trustKey(owner.publicKey, 'Owner');
    await t.store.trustKey(intruder.publicKey, 'Intruder');
    expect((await t.store.importPack(await signed('org-a', '1.0.0', owner.secretKey))).ok).toBe(true);
    const takeover = await t.store.importPack(await signed('org-a', '2.0.0', intruder.secretKey));
    expect(takeover).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/another key/) }],
    });
    const unsigned = await t.store.importPack(packText('org-a', '3.0.0'));
    expect(unsigned).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/not signed/) }] });
    expect(t.last.catalog.packs.find((p) => p.id === 'org-a')).toMatchObject({
      version: '1.0.0',
      keyId: owner.keyId,
    });
  });

  it('refuses a wrong signature and a signature by an unknown key', async () => {
    const keys = await generateKeyPair();
    const t = memoryPackStore();
    await t.store.start();
    const envelope = await signed('org-a', '1.0.0', keys.secretKey);
    const unknown = await t.store.importPack(envelope);
    expect(unknown).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/not trusted/) }] });
    await t.store.trustKey(keys.publicKey);
    const tampered = envelope.replace('"1.0.0"', '"1.0.1"');
    const bad = await t.store.importPack(tampered);
    expect(bad).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/does not match/) }] });
    expect(t.last.active).toEqual([]);
  });
});

describe('pack store: organisation policy', () => {
  it('installs inline policy packs locked on; the person cannot switch them off', async () => {
    const t = memoryPackStore({
      builtinSources,
      policy: { packs: [{ inline: packText('org-policy', '1.0.0') }] },
    });
    await t.store.start();
    expect(t.last.catalog.packs[0]).toMatchObject({
      id: 'org-policy',
      origin: 'policy',
      locked: true,
      inForce: true,
    });
    expect((await t.store.setPackEnabled('org-policy', false)).ok).toBe(false);
    expect((await t.store.setRuleOverride('org-policy', 'r1', 'off')).ok).toBe(false);
    expect(t.last.active.map((p) => p.id).sort()).toEqual(['org-policy', 'vn-sources']);
  });

  it('locks built-in packs by id, forbids own packs, and requires signatures', async () => {
    const org = await generateKeyPair();
    const t = memoryPackStore({ builtinSources });
    await t.store.start();
    await t.store.importPack(packText('mine', '1.0.0'));
    t.setPolicy({ lockedPacks: ['vn-sources'], allowUserPacks: false });
    await t.store.policyChanged();
    expect(t.last.active.map((p) => p.id)).toEqual(['vn-sources']);
    expect(t.last.catalog.packs.find((p) => p.id === 'mine')!.errors[0]!.message).toMatch(/does not allow/);
    expect((await t.store.importPack(packText('other', '1.0.0'))).ok).toBe(false);
    expect((await t.store.setPackEnabled('vn-sources', false)).ok).toBe(false);

    t.setPolicy({ requireSignatures: true, trustedKeys: [{ publicKey: org.publicKey, name: 'Org' }] });
    await t.store.policyChanged();
    const unsigned = await t.store.importPack(packText('other', '1.0.0'));
    expect(unsigned).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/requires signed/) }],
    });
    expect((await t.store.importPack(await signed('other', '1.0.0', org.secretKey))).ok).toBe(true);
    expect(t.last.active.map((p) => p.id).sort()).toEqual(['other', 'vn-sources']);
  });

  it('requiring signatures, only the organisation’s keys count: a pack signed by the person’s key does not apply', async () => {
    const org = await generateKeyPair();
    const mine = await generateKeyPair();
    const t = memoryPackStore({ builtinSources });
    await t.store.start();
    await t.store.trustKey(mine.publicKey, 'Mine');
    expect((await t.store.importPack(await signed('mine', '1.0.0', mine.secretKey))).ok).toBe(true);
    expect(t.last.active.map((p) => p.id).sort()).toEqual(['mine', 'vn-sources']);

    t.setPolicy({ requireSignatures: true, trustedKeys: [{ publicKey: org.publicKey, name: 'Org' }] });
    await t.store.policyChanged();
    expect(t.last.active.map((p) => p.id)).toEqual(['vn-sources']);
    expect(t.last.catalog.packs.find((p) => p.id === 'mine')).toMatchObject({
      inForce: false,
      errors: [{ code: 'installed-not-organisation-key', data: { keyId: mine.keyId } }],
    });
    const again = await t.store.importPack(await signed('mine-2', '1.0.0', mine.secretKey));
    expect(again).toMatchObject({
      ok: false,
      errors: [{ code: 'signature-not-organisation-key', data: { keyId: mine.keyId } }],
    });
    // The organisation's own key still works, and lifting the policy brings the person's pack back.
    expect((await t.store.importPack(await signed('org-x', '1.0.0', org.secretKey))).ok).toBe(true);
    t.setPolicy(undefined);
    await t.store.policyChanged();
    expect(t.last.active.map((p) => p.id).sort()).toEqual(['mine', 'org-x', 'vn-sources']);
  });

  it('refuses the example publisher key (its secret is in the repository) in policy, with a clear error', async () => {
    const example = JSON.parse(
      readFileSync(new URL('../../rules/examples/org-so-noi-vu/publisher.pub', import.meta.url), 'utf8'),
    ) as { publicKey: string; keyId: string };
    const secret = readFileSync(
      new URL('../../rules/examples/org-so-noi-vu/example-only.key', import.meta.url),
      'utf8',
    );
    const secretKey = (JSON.parse(secret) as { secretKey: string }).secretKey;
    const t = memoryPackStore({
      policy: {
        requireSignatures: true,
        trustedKeys: [{ publicKey: example.publicKey, name: 'Copied from docs' }],
        packs: [{ inline: await signed('org-forged', '1.0.0', secretKey) }],
      },
    });
    await t.store.start();
    expect(t.last.active).toEqual([]);
    expect(t.last.catalog.trustedKeys).toEqual([]);
    expect(t.last.catalog.problems).toContainEqual({
      where: 'policy trustedKeys[0]',
      errors: [expect.objectContaining({ code: 'policy-example-key', data: { keyId: example.keyId } })],
    });
  });

  it('reports wrong policy fields and ignores them', async () => {
    const t = memoryPackStore({
      policy: { mode: 'sometimes', packs: [{ url: 'http://example.com/p.json' }] },
    });
    await t.store.start();
    const text = JSON.stringify(t.last.catalog.problems);
    expect(text).toMatch(/mode: expected one of/);
    expect(text).toMatch(/only https/);
  });
});

describe('pack store: one ledger per origin', () => {
  it('a pack the person imported at 999.0.0 and removed does not block the organisation’s pack', async () => {
    const t = memoryPackStore();
    await t.store.start();
    expect((await t.store.importPack(packText('org-pack', '999.0.0'))).ok).toBe(true);
    expect((await t.store.removePack('org-pack')).ok).toBe(true);
    t.setPolicy({ packs: [{ inline: packText('org-pack', '1.0.0') }] });
    await t.store.policyChanged();
    expect(t.last.catalog.problems).toEqual([]);
    expect(t.last.catalog.packs).toMatchObject([{ id: 'org-pack', origin: 'policy', version: '1.0.0' }]);
  });

  it('nor does one the person signed with their own key, kept or removed: policy wins', async () => {
    const org = await generateKeyPair();
    const mine = await generateKeyPair();
    const t = memoryPackStore();
    await t.store.start();
    await t.store.trustKey(mine.publicKey);
    expect((await t.store.importPack(await signed('org-pack', '5.0.0', mine.secretKey))).ok).toBe(true);
    t.setPolicy({
      trustedKeys: [{ publicKey: org.publicKey }],
      packs: [{ inline: await signed('org-pack', '1.0.0', org.secretKey) }],
    });
    await t.store.policyChanged();
    expect(t.last.catalog.problems).toEqual([]);
    expect(t.last.catalog.packs).toMatchObject([
      { id: 'org-pack', origin: 'policy', version: '1.0.0', keyId: org.keyId, inForce: true },
    ]);
    // The person's copy made way; the organisation's next version goes on from its own ledger.
    t.setPolicy({
      trustedKeys: [{ publicKey: org.publicKey }],
      packs: [{ inline: await signed('org-pack', '1.1.0', org.secretKey) }],
    });
    await t.store.policyChanged();
    expect(t.last.active.map((p) => `${p.id}@${p.version}`)).toEqual(['org-pack@1.1.0']);
  });

  it('removing a pack clears its entry in the person’s ledger: an older copy may come back', async () => {
    const t = memoryPackStore();
    await t.store.start();
    await t.store.importPack(packText('mine', '2.0.0'));
    await t.store.removePack('mine');
    expect(t.saved!.ledgers.person).toEqual({});
    expect((await t.store.importPack(packText('mine', '1.0.0'))).ok).toBe(true);
    // While installed, it still never goes back.
    expect(await t.store.importPack(packText('mine', '0.9.0'))).toMatchObject({
      ok: false,
      errors: [{ code: 'version-older' }],
    });
  });

  it('reads the one ledger of earlier versions into the two', async () => {
    const t = memoryPackStore({ policy: { packs: [{ inline: packText('org-pack', '1.0.0') }] } });
    await t.store.start();
    await t.store.importPack(packText('mine', '1.0.0'));
    const { ledgers, ...rest } = t.saved!;
    const legacy = { ...rest, ledger: { ...ledgers.person, ...ledgers.organisation } };
    const again = memoryPackStore({
      policy: { packs: [{ inline: packText('org-pack', '1.0.0') }] },
      loadState: async () => structuredClone(legacy),
    });
    await again.store.start();
    expect(again.last.catalog.problems).toEqual([]);
    expect(await again.store.importPack(packText('mine', '0.5.0'))).toMatchObject({
      ok: false,
      errors: [{ code: 'version-older' }],
    });
  });
});

describe('pack store: policy hook', () => {
  it('hands every policy read to the background (for the guard settings)', async () => {
    const seen: unknown[] = [];
    const t = memoryPackStore({
      policy: { mode: 'always' },
      policyApplied: async (policy) => void seen.push(policy.mode),
    });
    await t.store.start();
    t.setPolicy({ mode: 'off' });
    await t.store.policyChanged();
    expect(seen).toEqual(['always', 'off']);
  });
});

describe('pack store: policy URL packs', () => {
  it('shows the error of a policy address that never delivered, and keeps the update time of an unchanged pack', async () => {
    const t = memoryPackStore({
      policy: {
        packs: [{ url: 'https://packs.example.org/org.json' }, { inline: packText('org-inline', '1.0.0') }],
      },
      fetch: async () => new Response('', { status: 503 }),
    });
    await t.store.start();
    expect(t.last.catalog.problems).toEqual([
      {
        where: 'https://packs.example.org/org.json',
        errors: [expect.objectContaining({ code: 'fetch-status', message: expect.stringMatching(/503/) })],
      },
    ]);
    const first = t.last.catalog.packs.find((p) => p.id === 'org-inline')!.updatedAt;
    t.advance(60_000);
    await t.store.policyChanged();
    expect(t.last.catalog.packs.find((p) => p.id === 'org-inline')!.updatedAt).toBe(first);
  });
});
