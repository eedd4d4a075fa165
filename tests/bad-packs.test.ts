import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { createChecker } from '../src/engine';
import { formatPackError, loadPack } from '../src/packs';
import { generateKeyPair, signPack, type PackKeyPair } from '../src/packs/sign-pack';
import { exampleRunner } from '../src/store/example-problems';
import type { PackLoader } from '../src/store/pack-record';
import type { CommandResult } from '../src/store/pack-store-service';
import { memoryPackStore } from '../src/store/testing/memory-store';
import { orgPackYaml } from './support/org-pack-yaml';

const DIR = fileURLToPath(new URL('./bad-packs/', import.meta.url));
const FILES = readdirSync(DIR)
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .sort();
const BASE = readFileSync(join(DIR, 'pack-id-missing.yaml'), 'utf8'); // only used for its shape below

/** The good pack in force before every bad one arrives. */
const GOOD = orgPackYaml({ id: 'org-good', version: '2.0.0', name: { vi: 'Gói tốt', en: 'Good pack' } });
const BUILTIN = GOOD.replace('pack: org-good', 'pack: vn-builtin').replace('2.0.0', '1.0.0');

function realStore(policy?: unknown) {
  return memoryPackStore({
    loadPack: loadPack as PackLoader,
    runExamples: exampleRunner(createChecker),
    builtinSources: { '/rules/vn-builtin/pack.yaml': BUILTIN },
    policy,
  });
}

type Harness = ReturnType<typeof realStore>;

/** Refused, with at least one readable error, and nothing in force or stored has changed. */
async function expectRefused(t: Harness, attempt: () => Promise<CommandResult>, pattern?: RegExp) {
  const activeBefore = structuredClone(t.last.active);
  const savedBefore = structuredClone(t.saved);
  const result = await attempt();
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) expect(error.message.trim().length).toBeGreaterThan(3);
  if (pattern) expect(result.errors.map((e) => formatPackError(e)).join('\n')).toMatch(pattern);
  expect(t.last.active).toEqual(activeBefore);
  expect(t.saved).toEqual(savedBefore);
}

let t: Harness;
beforeEach(async () => {
  t = realStore();
  await t.store.start();
  expect(await t.store.importPack(GOOD, 'good.yaml')).toEqual({ ok: true, packId: 'org-good' });
});

describe('bad packs (tests/bad-packs/*): each refused with a clear error, the good state kept', () => {
  it('has at least 40 cases in the corpus plus the ones below', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(40);
    expect(BASE).toMatch(/^# expect:/);
  });

  it.each(FILES)('%s', async (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const expected = /^# expect: (.*)$/m.exec(text)?.[1]?.trim();
    await expectRefused(
      t,
      () => t.store.importPack(text, file),
      expected ? new RegExp(expected, 'i') : undefined,
    );
  });
});

describe('bad packs that need a setting rather than a file', () => {
  it('a 10 MB pack', async () => {
    const huge = `${GOOD.replace('2.0.0', '3.0.0')}# ${'x'.repeat(10 * 1024 * 1024)}\n`;
    await expectRefused(t, () => t.store.importPack(huge, 'huge.yaml'), /limit/);
  });

  it('the id of a built-in pack', async () => {
    await expectRefused(t, () => t.store.importPack(BUILTIN.replace('1.0.0', '9.0.0')), /built-in/);
  });

  it('a version going back', async () => {
    await expectRefused(t, () => t.store.importPack(GOOD.replace('2.0.0', '1.9.9')), /older than 2\.0\.0/);
  });

  it('the same version with different content', async () => {
    await expectRefused(
      t,
      () => t.store.importPack(GOOD.replace("'Gói tốt'", "'Gói khác'")),
      /without a new version/,
    );
  });

  describe('signatures', () => {
    let owner: PackKeyPair;
    async function envelope(text: string, keys: PackKeyPair) {
      const { parse } = await import('yaml');
      const pack = parse(text) as Record<string, unknown>;
      return JSON.stringify({ pack, ...(await signPack(pack, keys.secretKey)) });
    }
    beforeEach(async () => {
      owner = await generateKeyPair();
      expect((await t.store.trustKey(owner.publicKey, 'Owner')).ok).toBe(true);
      const signed = await envelope(GOOD.replace('org-good', 'org-signed'), owner);
      expect((await t.store.importPack(signed)).ok).toBe(true);
    });

    it('a wrong signature (pack changed after signing)', async () => {
      const signed = await envelope(GOOD.replace('org-good', 'org-signed').replace('2.0.0', '2.1.0'), owner);
      const tampered = signed.replace('Tài liệu nội bộ.', 'Bị sửa.');
      await expectRefused(t, () => t.store.importPack(tampered), /does not match/);
    });

    it('a signature that is not base64 of 64 bytes', async () => {
      const signed = JSON.parse(
        await envelope(GOOD.replace('org-good', 'org-signed').replace('2.0.0', '2.1.0'), owner),
      );
      await expectRefused(
        t,
        () => t.store.importPack(JSON.stringify({ ...signed, signature: 'AAAA' })),
        /64 bytes/,
      );
    });

    it('a signature by a key nobody trusts', async () => {
      const stranger = await generateKeyPair();
      await expectRefused(
        t,
        async () => t.store.importPack(await envelope(GOOD.replace('org-good', 'org-new'), stranger)),
        /not trusted/,
      );
    });

    it('a new key for a known pack', async () => {
      const other = await generateKeyPair();
      await t.store.trustKey(other.publicKey, 'Other');
      const next = await envelope(GOOD.replace('org-good', 'org-signed').replace('2.0.0', '3.0.0'), other);
      await expectRefused(t, () => t.store.importPack(next), /another key/);
    });

    it('a known signed pack arriving unsigned', async () => {
      const next = GOOD.replace('org-good', 'org-signed').replace('2.0.0', '3.0.0');
      await expectRefused(t, () => t.store.importPack(next), /not signed/);
    });

    it('a missing signature when the organisation requires them', async () => {
      t.setPolicy({ requireSignatures: true, trustedKeys: [{ publicKey: owner.publicKey }] });
      await t.store.policyChanged();
      await expectRefused(
        t,
        () => t.store.importPack(GOOD.replace('org-good', 'org-unsigned')),
        /requires signed/,
      );
    });
  });

  it.each([
    'http://packs.example.org/p.yaml',
    'file:///etc/passwd',
    'data:text/yaml,pack: x',
    'javascript:alert(1)',
    'https://user:pw@example.org/p',
  ])('the address %s', async (address) => {
    await expectRefused(t, () => t.store.subscribe(address), /https|password/);
  });
});

describe('markup in pack messages', () => {
  it('is accepted (it is text; the UI never renders pack text as HTML)', async () => {
    const markup = GOOD.replace('org-good', 'org-markup').replace(
      "'Internal document.'",
      "'<img src=x onerror=alert(1)> <b>bold</b>'",
    );
    expect((await t.store.importPack(markup)).ok).toBe(true);
    const rule = t.last.active.find((p) => p.id === 'org-markup')!.rules[0]!;
    expect(rule.message.en).toBe('<img src=x onerror=alert(1)> <b>bold</b>');
  });
});
