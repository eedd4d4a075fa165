import { chromium, test as base, expect, type BrowserContext } from '@playwright/test';
import { createHash, generateKeyPairSync } from 'node:crypto';
import {
  accessSync,
  constants,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateKeyPair, signPack } from '../../src/packs/sign-pack';
import { readPackObject } from '../../src/packs/sign-source';
import { CHROMIUM, EXTENSION_DIR, serviceWorkerOf } from './support/extension';
import { activePackIds, openOptions } from './support/pack-store-page';

// Inside evaluate() callbacks: the extension's own `chrome` API (never touched by the test process itself).
declare const chrome: {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

// A real Chromium enterprise policy: Linux Chromium reads JSON files from this folder at start-up, and
// `3rdparty.extensions.<id>` becomes that extension's storage.managed (checked against managed_schema.json).
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'wise-reader-test.json');
const EXAMPLE = path.resolve('rules/examples/org-so-noi-vu');

/** The id Chromium gives an extension whose manifest has `key`: SHA-256 of the key, first 32 hex digits as a–p. */
function extensionIdOf(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/**
 * The built extension copied under a throw-away `key`, as a self-hosted build carries one
 * (`WR_FIXED_ID=1`, docs/ADMIN.md): the key fixes the id so the policy can name it before it starts. A key of
 * its own (not the fixed id) because the policy file applies to every Chromium started while it exists, and
 * other tests run in parallel with the normal build: they must not find themselves under this policy.
 */
function isolatedBuild(): { dir: string; id: string } {
  const manifestFile = path.join(EXTENSION_DIR, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { key?: string };
  const dir = mkdtempSync(path.join(tmpdir(), 'wr-policy-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, key }));
  return { dir, id: extensionIdOf(key) };
}

const test = base.extend<{ context: BrowserContext }>({
  context: async ({}, use) => {
    const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'wr-e2e-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        `--disable-extensions-except=${build.dir}`,
        `--load-extension=${build.dir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-sync',
      ],
    });
    await use(context);
    await context.close();
  },
});
const build = isolatedBuild();

function policyFolderWritable(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

test.describe('organisation policy through Chromium managed storage', () => {
  test.skip(
    !policyFolderWritable(),
    `${POLICY_DIR} is not writable here (run as root to test a real policy)`,
  );

  const id = build.id;
  test.beforeAll(async () => {
    // The organisation's own key, made for this run; the example key (whose secret is committed) is in the
    // policy too, as an admin copying the wrong key would put it: it must be refused, with a reason shown.
    const example = JSON.parse(readFileSync(path.join(EXAMPLE, 'publisher.pub'), 'utf8')) as {
      publicKey: string;
    };
    const org = await generateKeyPair();
    const read = readPackObject(readFileSync(path.join(EXAMPLE, 'pack.yaml'), 'utf8'), { file: 'pack.yaml' });
    if (!read.ok) throw new Error('the example pack does not read');
    const envelope = { pack: read.data, ...(await signPack(read.data, org.secretKey)) };
    const policy = {
      '3rdparty': {
        extensions: {
          [id]: {
            packs: [{ inline: JSON.stringify(envelope), locked: true }],
            trustedKeys: [
              { publicKey: org.publicKey, name: 'Sở Nội vụ' },
              { publicKey: example.publicKey, name: 'copied from the example' },
            ],
            requireSignatures: true,
            allowUserPacks: false,
            mode: 'always',
            sites: { zalo: { enabled: false } },
          },
        },
      },
    };
    writeFileSync(POLICY_FILE, JSON.stringify(policy, null, 2));
  });
  test.afterAll(() => {
    rmSync(POLICY_FILE, { force: true });
    rmSync(build.dir, { recursive: true, force: true });
  });

  test('the policy pack is in force, locked, and cannot be switched off', async ({ context }) => {
    const extensionId = new URL((await serviceWorkerOf(context)).url()).host;
    expect(extensionId).toBe(id);
    await expect.poll(() => activePackIds(context), { timeout: 15_000 }).toContain('org-so-noi-vu');

    const page = await openOptions(context, extensionId);
    const pack = page.locator('[data-testid="wr-pack"][data-pack-id="org-so-noi-vu"]');
    await expect(pack).toHaveAttribute('data-source', 'policy');
    await expect(pack).toHaveAttribute('data-locked', 'true');
    await expect(pack.getByTestId('wr-pack-toggle')).toBeChecked();
    await expect(pack.getByTestId('wr-pack-toggle')).toBeDisabled();
    await pack.locator('summary').click();
    await expect(pack.getByTestId('wr-rule-severity').first()).toBeDisabled();
    await expect(page.getByTestId('wr-policy')).toBeVisible();
    await expect(page.locator('[data-testid="wr-pack-error"][data-code="policy-example-key"]')).toBeVisible();
    // allowUserPacks: false — the person cannot add packs of their own.
    await expect(page.getByTestId('wr-import-input')).toBeDisabled();
    await expect(page.getByTestId('wr-subscribe-url')).toBeDisabled();

    // The organisation's mode and site switch are in the guard settings and fixed on the page.
    await expect(page.getByTestId('wr-mode')).toHaveValue('always');
    await expect(page.getByTestId('wr-mode')).toBeDisabled();
    const zalo = page.locator('[data-testid="wr-site"][data-site="zalo"]');
    await expect(zalo.getByTestId('wr-site-enabled')).not.toBeChecked();
    await expect(zalo.getByTestId('wr-site-enabled')).toBeDisabled();
    const stored = await page.evaluate(() => chrome.storage.local.get('guardSettings'));
    expect(stored).toMatchObject({ guardSettings: { mode: 'always', sites: { zalo: { enabled: false } } } });

    // Even a direct command to the background is refused, and the rule set keeps the pack.
    const result = await page.evaluate(() =>
      chrome.runtime.sendMessage({
        type: 'wr-pack-store',
        command: 'set-pack-enabled',
        packId: 'org-so-noi-vu',
        enabled: false,
      }),
    );
    expect(result).toMatchObject({ ok: false });
    expect(await activePackIds(context)).toContain('org-so-noi-vu');
  });
});
