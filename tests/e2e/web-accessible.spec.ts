// The guard's lazily loaded scripts are web-accessible on the guarded sites (a content script can import()
// them), but only through Chrome's per-session dynamic id: a page cannot probe the extension's fixed id to
// learn it is installed. The release build has no fixed id at all.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, EXTENSION_DIR } from './support/extension';
import { SITE_URL, serveFixtureSites } from './support/fixture-sites';

interface Manifest {
  key?: string;
  web_accessible_resources?: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
}

test('a guarded page cannot load the guard’s scripts by the extension id; the guard still can', async ({
  context,
  extensionId,
}) => {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;
  expect(manifest.web_accessible_resources?.length).toBeGreaterThan(0);
  for (const entry of manifest.web_accessible_resources ?? []) expect(entry.use_dynamic_url).toBe(true);
  if (process.env.WR_FIXED_ID !== '1') expect(manifest.key).toBeUndefined();

  await serveFixtureSites(context);
  const page = await context.newPage();
  await page.goto(`${SITE_URL.facebook}?lang=en`);
  const probe = await page.evaluate(async (url) => {
    try {
      const response = await fetch(url);
      return response.ok ? 'loaded' : `status ${response.status}`;
    } catch {
      return 'blocked';
    }
  }, `chrome-extension://${extensionId}/guard-engine.js`);
  expect(probe).toBe('blocked');

  // The guard itself imports them: its badge counts a finding as the person types.
  await page.getByRole('button', { name: "What's on your mind, Minh?" }).click();
  await page.keyboard.type('Nghe nói CCCD của nó là 001203012345');
  // The engine and UI load when the page is first idle; on a busy machine that can take a while.
  await expect(page.getByTestId('wr-badge')).toBeVisible({ timeout: 30_000 });
});
