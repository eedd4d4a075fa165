import { test, expect } from './support/extension';
import { activePackIds, openOptions } from './support/pack-store-page';
import { orgPackYaml } from '../support/org-pack-yaml';

// Inside evaluate() callbacks: the extension's own `chrome` API.
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const ADDRESS = 'https://packs.wise-reader.test/org-sub.yaml';

function pack(version: string, extra = '') {
  return orgPackYaml({
    id: 'org-sub',
    version,
    name: { vi: 'Gói đăng ký', en: 'Subscribed pack' },
    message: { vi: `Tài liệu nội bộ.${extra}`, en: `Internal document.${extra}` },
  });
}

test('subscribe; a 304, a 500 and an invalid update keep the last good version; a valid update lands', async ({
  context,
  extensionId,
}) => {
  // The server, as Playwright routes: one scripted answer per request, requests recorded.
  const answers: Array<{ status: number; body?: string; headers?: Record<string, string> }> = [
    { status: 200, body: pack('1.0.0'), headers: { etag: '"v1"' } },
    { status: 304 },
    { status: 500, body: 'down' },
    { status: 200, body: 'pack: [' },
    { status: 200, body: pack('1.1.0', ' (mới)'), headers: { etag: '"v2"' } },
  ];
  const seen: Array<Record<string, string>> = [];
  // Without the host permission (which only the prompt grants) the fetch is a CORS request, so the server
  // answers like a CORS-aware pack host: preflight allowed, ETag readable.
  const cors = {
    'access-control-allow-origin': '*',
    'access-control-allow-headers': 'if-none-match, if-modified-since, accept',
    'access-control-expose-headers': 'etag, last-modified',
  };
  await context.route(ADDRESS, async (route) => {
    if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    seen.push(route.request().headers());
    const answer = answers.shift() ?? { status: 404 };
    await route.fulfill({
      status: answer.status,
      body: answer.body ?? '',
      headers: { 'content-type': 'text/yaml', ...cors, ...answer.headers },
    });
  });

  const page = await openOptions(context, extensionId);
  const send = (message: object) =>
    page.evaluate((m) => chrome.runtime.sendMessage({ type: 'wr-pack-store', ...m }), message);

  // The page's Subscribe button asks for the host permission first (a browser prompt a headless test
  // cannot answer); the command behind it is the same one the button sends.
  expect(await send({ command: 'subscribe', url: ADDRESS })).toEqual({ ok: true, packId: 'org-sub' });
  const entry = page.locator('[data-testid="wr-pack"][data-pack-id="org-sub"]');
  await expect(entry).toHaveAttribute('data-source', 'subscription');
  await expect(entry.getByTestId('wr-pack-version')).toHaveText('1.0.0');
  await expect.poll(() => activePackIds(context)).toContain('org-sub');

  expect(await send({ command: 'refresh', url: ADDRESS })).toMatchObject({ ok: true });
  expect(seen[1]?.['if-none-match']).toBe('"v1"');

  expect(await send({ command: 'refresh', url: ADDRESS })).toMatchObject({ ok: false });
  await expect(entry.getByTestId('wr-pack-error')).toContainText('500');
  await expect(entry.getByTestId('wr-pack-version')).toHaveText('1.0.0');

  expect(await send({ command: 'refresh', url: ADDRESS })).toMatchObject({ ok: false });
  await expect(entry.getByTestId('wr-pack-error')).toContainText('YAML');
  expect(await activePackIds(context)).toContain('org-sub');

  expect(await send({ command: 'refresh', url: ADDRESS })).toMatchObject({ ok: true });
  await expect(entry.getByTestId('wr-pack-version')).toHaveText('1.1.0');
  await expect(entry.getByTestId('wr-pack-error')).toHaveCount(0);

  // http: is refused in the page before any request or prompt.
  await page.getByTestId('wr-subscribe-url').fill('http://packs.wise-reader.test/org.yaml');
  await page.getByTestId('wr-subscribe-submit').click();
  await expect(page.getByTestId('wr-subscribe-error')).toContainText('https');
  expect(seen).toHaveLength(5);
});
