// The pack store against real storage.local: a damaged stored value, and a full one.
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, serviceWorkerOf } from './support/extension';
import { activePackIds, openOptions } from './support/pack-store-page';
import { orgPackYaml } from '../support/org-pack-yaml';

// Inside evaluate() callbacks: the extension's own `chrome` API.
declare const chrome: {
  storage: {
    local: {
      get(key: string | null): Promise<Record<string, unknown>>;
      set(items: object): Promise<void>;
      remove(key: string): Promise<void>;
      getBytesInUse(keys: null): Promise<number>;
      QUOTA_BYTES: number;
    };
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

const pack = (id: string) =>
  orgPackYaml({
    id,
    version: '1.0.0',
    name: { vi: 'Gói thử', en: 'Test pack' },
    message: { vi: 'Tài liệu nội bộ.', en: 'Internal document.' },
  });

/** The options page, once the background has published the built-in packs; and its service worker. */
async function readyOptions(context: BrowserContext, extensionId: string) {
  const page = await openOptions(context, extensionId);
  await expect.poll(() => activePackIds(context), { timeout: 20_000 }).toContain('vn-sources');
  return { page, worker: await serviceWorkerOf(context) };
}

/** Imports one pack file through the page's file input. */
function importPack(page: Page, id: string) {
  return page.getByTestId('wr-import-input').setInputFiles({
    name: `${id}.yaml`,
    mimeType: 'application/yaml',
    buffer: Buffer.from(pack(id)),
  });
}

test('a damaged pack store: commands still work, the damage is shown and logged', async ({
  context,
  extensionId,
}) => {
  const { page, worker } = await readyOptions(context, extensionId);
  await worker.evaluate(() =>
    chrome.storage.local.set({ packStore: { installed: 'not a list', ledger: 7 } }),
  );

  await importPack(page, 'org-after');
  await expect(page.locator('[data-testid="wr-import-result"][data-ok="true"]')).toBeVisible();
  await expect.poll(() => activePackIds(context)).toContain('org-after');
  const damage = page.locator('[data-testid="wr-pack-error"][data-code="stored-state-damaged"]');
  await expect(damage.first()).toBeVisible();
  await expect(page.getByTestId('wr-error-entry').filter({ hasText: 'installed' }).first()).toBeVisible();
  const stored = await worker.evaluate(() => chrome.storage.local.get('packStore'));
  expect(stored).toMatchObject({ packStore: { installed: [{ id: 'org-after' }] } });
});

test('storage full: the import says so, the page says so, the packs in force stay', async ({
  context,
  extensionId,
}) => {
  const { page, worker } = await readyOptions(context, extensionId);
  // Fill storage.local to a few hundred bytes under Chrome's quota (no unlimitedStorage).
  await worker.evaluate(async () => {
    const free = chrome.storage.local.QUOTA_BYTES - (await chrome.storage.local.getBytesInUse(null));
    await chrome.storage.local.set({ filler: 'x'.repeat(free - 600) });
  });
  const before = await activePackIds(context);

  await importPack(page, 'org-full');
  const refused = page.locator('[data-testid="wr-import-result"][data-ok="false"]');
  await expect(refused.locator('[data-code="storage-full"]')).toBeVisible();
  await expect(page.getByTestId('wr-store-health')).toBeVisible();
  expect(await activePackIds(context)).toEqual(before);

  // Room again: the next change is saved and the notice goes.
  await worker.evaluate(() => chrome.storage.local.remove('filler'));
  await importPack(page, 'org-full');
  await expect(page.locator('[data-testid="wr-import-result"][data-ok="true"]')).toBeVisible();
  await expect(page.getByTestId('wr-store-health')).toHaveCount(0);
  await expect.poll(() => activePackIds(context)).toContain('org-full');
});
