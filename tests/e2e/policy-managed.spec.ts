import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/extension';
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
function extensionIdFromManifest(): string {
  const manifest = JSON.parse(readFileSync(path.resolve('.output/chrome-mv3/manifest.json'), 'utf8')) as {
    key?: string;
  };
  if (!manifest.key) throw new Error('the built manifest has no "key": the policy cannot name the extension');
  const hex = createHash('sha256').update(Buffer.from(manifest.key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

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

  const id = extensionIdFromManifest();
  test.beforeAll(() => {
    const { publicKey } = JSON.parse(readFileSync(path.join(EXAMPLE, 'publisher.pub'), 'utf8')) as {
      publicKey: string;
    };
    const policy = {
      '3rdparty': {
        extensions: {
          [id]: {
            packs: [{ inline: readFileSync(path.join(EXAMPLE, 'pack.signed.json'), 'utf8'), locked: true }],
            trustedKeys: [{ publicKey, name: 'Sở Nội vụ (ví dụ)' }],
            requireSignatures: true,
            allowUserPacks: false,
            mode: 'always',
          },
        },
      },
    };
    writeFileSync(POLICY_FILE, JSON.stringify(policy, null, 2));
  });
  test.afterAll(() => rmSync(POLICY_FILE, { force: true }));

  test('the policy pack is in force, locked, and cannot be switched off', async ({
    context,
    extensionId,
  }) => {
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
    // allowUserPacks: false — the person cannot add packs of their own.
    await expect(page.getByTestId('wr-import-input')).toBeDisabled();
    await expect(page.getByTestId('wr-subscribe-url')).toBeDisabled();

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
