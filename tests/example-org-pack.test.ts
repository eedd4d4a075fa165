import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../src/engine';
import { loadPack } from '../src/packs';
import { readDetachedSignature, readEnvelope } from '../src/packs/sign-envelope';
import { readPackObject } from '../src/packs/sign-source';
import { generateKeyPair, signPack, trustedKeyFrom, verifyPackSignature } from '../src/packs/sign-pack';
import { exampleRunner } from '../src/store/example-problems';
import type { PackLoader } from '../src/store/pack-record';
import { memoryPackStore } from '../src/store/testing/memory-store';

const dir = new URL('../rules/examples/org-so-noi-vu/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const publicKey = (JSON.parse(read('publisher.pub')) as { publicKey: string }).publicKey;

describe('the example organisation pack (rules/examples/org-so-noi-vu)', () => {
  it('validates and its examples pass', () => {
    const loaded = loadPack(read('pack.yaml'), { file: 'pack.yaml' });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(exampleRunner(createChecker)(loaded.pack, loaded.compiled)).toEqual([]);
  });

  it('its detached signature and its envelope verify against publisher.pub', async () => {
    const trusted = [await trustedKeyFrom(publicKey, 'example')];
    const yaml = readPackObject(read('pack.yaml'), { file: 'pack.yaml' });
    if (!yaml.ok) throw new Error('unreadable');
    const detached = readDetachedSignature(read('pack.yaml.sig'));
    expect((await verifyPackSignature(yaml.data, detached, trusted)).ok).toBe(true);
    const envelope = readEnvelope(JSON.parse(read('pack.signed.json')));
    expect(envelope).not.toBeNull();
    expect((await verifyPackSignature(envelope!.pack, envelope!, trusted)).ok).toBe(true);
    // The envelope carries the same pack as the YAML (the YAML is the source of truth).
    expect(envelope!.pack).toEqual(yaml.data);
  });

  it('flags the sample posts it was written for', () => {
    const loaded = loadPack(read('pack.yaml'), { file: 'pack.yaml' });
    if (!loaded.ok) throw new Error('invalid');
    const checker = createChecker([loaded.compiled]);
    const expected: Record<string, string[]> = {
      leak: ['internal-circulation'],
      number: ['department-document-number'],
      personnel: ['personnel-records'],
      lookalike: ['official-portal'],
      clean: [],
    };
    for (const line of read('posts.jsonl').trim().split('\n')) {
      const post = JSON.parse(line) as { id: string; text: string };
      expect(
        checker.check(post.text).findings.map((f) => f.ruleId),
        post.id,
      ).toEqual(expected[post.id]);
    }
  });

  it('is accepted by the store from policy with signatures required, locked on', async () => {
    // Signed with an organisation's own key: the store refuses the example key in policy (its secret is here).
    const org = await generateKeyPair();
    const yaml = readPackObject(read('pack.yaml'), { file: 'pack.yaml' });
    if (!yaml.ok) throw new Error('unreadable');
    const envelope = { pack: yaml.data, ...(await signPack(yaml.data, org.secretKey)) };
    const t = memoryPackStore({
      loadPack: loadPack as PackLoader,
      runExamples: exampleRunner(createChecker),
      policy: {
        requireSignatures: true,
        trustedKeys: [{ publicKey: org.publicKey, name: 'Sở Nội vụ' }],
        packs: [{ inline: JSON.stringify(envelope) }],
      },
    });
    await t.store.start();
    expect(t.last.catalog.problems).toEqual([]);
    expect(t.last.catalog.packs[0]).toMatchObject({
      id: 'org-so-noi-vu',
      origin: 'policy',
      locked: true,
      inForce: true,
    });
  });
});
