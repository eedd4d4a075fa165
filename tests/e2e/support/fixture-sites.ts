// Serves the fixture apps at the real sites' addresses, so the content script runs on its real match
// patterns: every request to facebook.com / tiktok.com / chat.zalo.me is answered from memory, and
// anything else the page asks for is refused (no network from the tests).
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { bundleFixtures, fixtureHtml, type FixtureSite } from '../../fixtures/bundle';
import type { PostedEntry } from '../../fixtures/sites/shared/posted';
import { SITES } from '../../../src/sites';

export type { PostedEntry, FixtureSite };

let bundles: ReturnType<typeof bundleFixtures> | undefined;
/** Built once per worker process (about two seconds), then reused by every context. */
export function fixtureBundles() {
  bundles ??= bundleFixtures();
  return bundles;
}

const SCRIPT_PATH = '/__wr_fixture__/app.js';

/** Each fixture is served at every host of its site (the registry's, the content script's own matches). */
const ORIGINS = Object.fromEntries(
  SITES.map((site) => [site.id, site.hosts.map((host) => `https://${host}`)]),
) as Record<FixtureSite, string[]>;

export const SITE_URL = {
  facebook: 'https://www.facebook.com/',
  tiktokVideo: 'https://www.tiktok.com/@baotintuc/video/7300000000000000001',
  tiktokStudio: 'https://www.tiktok.com/tiktokstudio/upload',
  tiktokLegacyUpload: 'https://www.tiktok.com/creator-center/upload',
  zalo: 'https://chat.zalo.me/',
  facebookMessages: 'https://www.facebook.com/messages/t/100000000000001',
  facebookMessagesE2ee: 'https://www.facebook.com/messages/e2ee/t/100000000000001',
  messenger: 'https://www.messenger.com/t/100000000000001',
} as const;

export interface FixtureServing {
  /** A Content-Security-Policy header sent with every fixture document (and script), per site. */
  csp?(site: FixtureSite): string | undefined;
}

export async function serveFixtureSites(
  context: BrowserContext,
  serving: FixtureServing = {},
): Promise<void> {
  const code = await fixtureBundles();
  // Registered first, so it is consulted last: whatever no fixture serves is refused.
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  for (const [site, origins] of Object.entries(ORIGINS) as [FixtureSite, string[]][]) {
    for (const origin of origins) {
      const csp = serving.csp?.(site);
      const headers = csp ? { 'Content-Security-Policy': csp } : undefined;
      await context.route(`${origin}/**`, (route) => {
        const url = new URL(route.request().url());
        if (url.pathname === SCRIPT_PATH) {
          return route.fulfill({
            status: 200,
            contentType: 'text/javascript; charset=utf-8',
            body: code[site],
            headers,
          });
        }
        if (route.request().resourceType() !== 'document') return route.fulfill({ status: 404, body: '' });
        return route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: fixtureHtml(site, SCRIPT_PATH),
          headers,
        });
      });
    }
  }
}

/** What the fixture posted so far (the top page's record; the iframe upload writes there too). */
export function postedOn(page: Page | Frame): Promise<PostedEntry[]> {
  return page.evaluate(() => window.__posted.slice());
}

/** A surface's draft as the editor itself holds it (Lexical state, Draft ContentState, Zalo DOM). */
export function draftOn(page: Page | Frame, surface: string): Promise<string | undefined> {
  return page.evaluate((name) => window.__draft(name), surface);
}
