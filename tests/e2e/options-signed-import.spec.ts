import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/extension';
import { activePackIds, openOptions } from './support/pack-store-page';

const EXAMPLE = path.resolve('rules/examples/org-so-noi-vu');

test('a signed pack: refused until its key is trusted, then imported with its key shown', async ({
  context,
  extensionId,
}) => {
  const page = await openOptions(context, extensionId);
  const signed = {
    name: 'org-so-noi-vu.signed.json',
    mimeType: 'application/json',
    buffer: readFileSync(path.join(EXAMPLE, 'pack.signed.json')),
  };

  await page.getByTestId('wr-import-input').setInputFiles(signed);
  await expect(page.locator('[data-testid="wr-import-result"][data-ok="false"]')).toContainText(
    'not trusted',
  );

  const { publicKey, keyId } = JSON.parse(readFileSync(path.join(EXAMPLE, 'publisher.pub'), 'utf8')) as {
    publicKey: string;
    keyId: string;
  };
  await page.getByTestId('wr-key-public').fill(publicKey);
  await page.getByTestId('wr-key-trust').click();
  await expect(page.locator(`[data-testid="wr-trusted-key"][data-key-id="${keyId}"]`)).toBeVisible();

  await page.getByTestId('wr-import-input').setInputFiles(signed);
  const pack = page.locator('[data-testid="wr-pack"][data-pack-id="org-so-noi-vu"]');
  await expect(pack).toHaveAttribute('data-source', 'file');
  await expect(pack).toContainText(keyId);
  await expect.poll(() => activePackIds(context)).toContain('org-so-noi-vu');

  // The YAML with its detached .sig, picked together, is the same pack (same version, same content): accepted.
  await page.getByTestId('wr-import-input').setInputFiles([
    {
      name: 'pack.yaml',
      mimeType: 'application/yaml',
      buffer: readFileSync(path.join(EXAMPLE, 'pack.yaml')),
    },
    {
      name: 'pack.yaml.sig',
      mimeType: 'application/json',
      buffer: readFileSync(path.join(EXAMPLE, 'pack.yaml.sig')),
    },
  ]);
  await expect(page.locator('[data-testid="wr-import-result"][data-ok="true"]')).toBeVisible();
  // Without its signature the same pack is refused: once signed, always signed by that key.
  await page.getByTestId('wr-import-input').setInputFiles({
    name: 'pack.yaml',
    mimeType: 'application/yaml',
    buffer: readFileSync(path.join(EXAMPLE, 'pack.yaml')),
  });
  await expect(page.locator('[data-testid="wr-import-result"][data-ok="false"]')).toContainText('not signed');
});
