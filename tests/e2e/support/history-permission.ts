// "Read before you share" needs the optional `history` permission, which only the browser's own prompt
// grants — and a headless browser cannot answer a prompt (Chromium offers no switch for it; calling
// permissions.request from the service worker fails for want of a user gesture). So the tests start from a
// profile in which the person granted it earlier: the extension is loaded once, the browser closed, the
// permission written into the profile's record of the extension (granted and active, as Chromium stores a
// permission the person allowed), and the browser started again on that profile.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Route } from '@playwright/test';
import { launchWithExtension, serviceWorkerOf } from './extension';

interface ExtensionPermissions {
  api?: string[];
}
interface ExtensionRecord {
  granted_permissions?: ExtensionPermissions;
  active_permissions?: ExtensionPermissions;
}

async function readRecord(
  file: string,
  id: string,
): Promise<{ prefs: Record<string, unknown>; record: ExtensionRecord }> {
  // The browser writes its preferences as it shuts down; give it a moment if the file is late.
  for (let attempt = 0; attempt < 20; attempt++) {
    if (existsSync(file)) {
      const prefs = JSON.parse(readFileSync(file, 'utf8')) as {
        extensions?: { settings?: Record<string, ExtensionRecord> };
      };
      const record = prefs.extensions?.settings?.[id];
      if (record) return { prefs, record };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no record of extension ${id} in ${file}`);
}

/** A browser with the extension loaded and the `history` permission granted, as if the person allowed it. */
export async function launchWithHistoryGranted(): Promise<BrowserContext> {
  const profile = mkdtempSync(path.join(tmpdir(), 'wr-e2e-history-'));
  const first = await launchWithExtension(profile);
  const id = new URL((await serviceWorkerOf(first)).url()).host;
  await first.close();
  const file = path.join(profile, 'Default', 'Preferences');
  const { prefs, record } = await readRecord(file, id);
  for (const key of ['granted_permissions', 'active_permissions'] as const) {
    const permissions = (record[key] ??= {});
    permissions.api = [...new Set([...(permissions.api ?? []), 'history'])];
  }
  writeFileSync(file, JSON.stringify(prefs));
  const context = await launchWithExtension(profile);
  const worker = await serviceWorkerOf(context);
  const granted = await worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { permissions: { contains(p: object): Promise<boolean> } } }
    ).chrome.permissions.contains({ permissions: ['history'] }),
  );
  if (!granted) throw new Error('the history permission did not survive the restart');
  return context;
}

/**
 * Serves news articles at their real addresses (a person opening a shared link): a page with a title, so it
 * lands in the browser's history. Registered after the fixture sites, so it is consulted before their
 * catch-all refusal.
 */
export async function serveArticles(context: BrowserContext, hosts: readonly string[]): Promise<void> {
  const answer = (route: Route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="vi"><title>Bài báo</title><h1>Bài báo</h1><p>Nội dung bài báo.</p></html>',
    });
  for (const host of hosts) await context.route(`https://${host}/**`, answer);
}
