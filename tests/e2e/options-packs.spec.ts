import { test, expect } from './support/extension';
import { activePackIds, openOptions } from './support/pack-store-page';
import { orgPackYaml } from '../support/org-pack-yaml';

// Inside evaluate() callbacks: the extension's own `chrome` API.
declare const chrome: {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
  };
};

const PACK = orgPackYaml({
  id: 'org-e2e',
  version: '1.0.0',
  name: { vi: 'Gói của tổ chức', en: 'Organisation pack' },
  publisher: 'Sở Thử nghiệm <b>bold</b>',
  message: {
    vi: 'Tài liệu <img src=x onerror="document.title=1">nội bộ.',
    en: 'Internal <script>x</script>document.',
  },
});

const BROKEN = PACK.replace('version: 1.0.0', 'version: one')
  .replace('severity: warning', 'severity: loud')
  .replace("phrases: ['TÀI LIỆU NỘI BỘ']", 'phrases: []');

test('import a pack, refuse a broken one with every error, switch a pack and a rule', async ({
  context,
  extensionId,
}) => {
  const page = await openOptions(context, extensionId);
  const input = page.getByTestId('wr-import-input');
  await input.setInputFiles({
    name: 'org-e2e.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(PACK),
  });

  const pack = page.locator('[data-testid="wr-pack"][data-pack-id="org-e2e"]');
  await expect(pack).toHaveAttribute('data-source', 'file');
  await expect(pack.getByTestId('wr-pack-version')).toHaveText('1.0.0');
  await expect.poll(() => activePackIds(context)).toContain('org-e2e');

  // Markup from the pack is text: no element is made from it.
  await pack.locator('summary').click();
  await expect(pack).toContainText('Sở Thử nghiệm <b>bold</b>');
  await expect(pack).toContainText('Internal <script>x</script>document.');
  await expect(pack.locator('b, img, script')).toHaveCount(0);

  // A broken pack: refused, every error in place (field and line), the pack in force unchanged.
  const before = await activePackIds(context);
  await input.setInputFiles({
    name: 'broken.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(BROKEN),
  });
  const refused = page.locator('[data-testid="wr-import-result"][data-ok="false"]');
  await expect(refused).toBeVisible();
  const errors = refused.getByTestId('wr-pack-error');
  await expect(errors).toHaveCount(3);
  await expect(errors.nth(0)).toHaveAttribute('data-field', 'version');
  await expect(errors.nth(0)).toHaveAttribute('data-line', '2');
  await expect(refused.locator('[data-rule-id="leak-marker"][data-field="severity"]')).toBeVisible();
  await expect(refused.locator('[data-rule-id="leak-marker"][data-field="phrases"]')).toBeVisible();
  expect(await activePackIds(context)).toEqual(before);
  await expect(pack.getByTestId('wr-pack-version')).toHaveText('1.0.0');

  // A rule off, then the whole pack off: the active rule set follows.
  await pack
    .locator('[data-rule-id="leak-marker"] [data-testid="wr-rule-severity"]')
    .selectOption('critical');
  await pack.getByTestId('wr-pack-toggle').uncheck();
  await expect.poll(() => activePackIds(context)).not.toContain('org-e2e');
  await expect(pack).toHaveAttribute('data-in-force', 'false');
  await pack.getByTestId('wr-pack-toggle').check();
  await expect.poll(() => activePackIds(context)).toContain('org-e2e');
  expect(await page.title()).not.toBe('1');
});

test('site modes, the error log and the language switch', async ({ context, extensionId }) => {
  const page = await openOptions(context, extensionId);
  await page.evaluate(() =>
    chrome.storage.local.set({
      errorLog: [
        { at: Date.now(), where: 'guard.press', message: 'boom <b>x</b>', host: 'www.facebook.com' },
      ],
    }),
  );
  await expect(page.getByTestId('wr-error-entry')).toContainText('boom <b>x</b>');

  const tiktok = page.locator('[data-testid="wr-site"][data-site="tiktok"]');
  await tiktok.getByTestId('wr-site-mode').selectOption('findings-only');
  await page.getByTestId('wr-mode').selectOption('always');
  await expect
    .poll(() => page.evaluate(() => chrome.storage.local.get('guardSettings')))
    .toMatchObject({
      guardSettings: { mode: 'always', sites: { tiktok: { enabled: true, mode: 'findings-only' } } },
    });

  await page.getByTestId('wr-language').selectOption('vi');
  await expect(page.locator('h1')).toHaveText('Wise Reader — Cài đặt');
  await page.getByTestId('wr-language').selectOption('en');
  await expect(page.locator('h1')).toHaveText('Wise Reader — Settings');
});
