// Runs the built Firefox extension (.output/firefox-mv2) in Debian's real Firefox ESR, driven by
// puppeteer-core over WebDriver BiDi (Playwright's Firefox is a patched build and cannot drive this one).
// The fixture apps are served at the real sites' addresses by request interception, so the content
// script runs on its real match patterns, exactly as in tests/e2e/support/fixture-sites.ts.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type Page } from 'puppeteer-core';
import { bundleFixtures, fixtureHtml, type FixtureSite } from '../../fixtures/bundle';
import type { PostedEntry } from '../../fixtures/sites/shared/posted';
import { DEFAULT_GUARD_SETTINGS, type GuardMode } from '../../../src/settings/guard-settings-shape';
import { SITES } from '../../../src/sites';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The built add-on; WR_FIREFOX_EXTENSION_DIR points at another build (a release candidate, a broken copy). */
export const EXTENSION_DIR = path.resolve(process.env.WR_FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2');
/** The only reason these tests skip: there is no Firefox to run them in. */
export const firefoxMissing = existsSync(FIREFOX) ? false : `no Firefox at ${FIREFOX} (set FIREFOX_PATH)`;

/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const GECKO_ID = 'wise-reader@wise-reader.vn';
/**
 * Firefox picks a random moz-extension:// host per profile; the `extensions.webextensions.uuids` pref fixes
 * it in advance, so the tests can open the extension's own pages (popup.html) by address.
 */
export const EXTENSION_UUID = '7b5e0c3a-9d41-4c1e-8f2a-3e6d5b4a2c10';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxSession {
  browser: Browser;
  /** The id Firefox reports for the installed add-on. */
  extensionId: string;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxSession> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`${EXTENSION_DIR} is not built: run npm run build first`);
  }
  const profileParent = mkdtempSync(path.join(tmpdir(), 'wr-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Lets BiDi navigate a tab to moz-extension:// (the popup page); web pages still cannot.
    args: ['--remote-allow-system-access'],
    userDataDir: path.join(profileParent, 'profile'),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // A temporary add-on is installed from a folder; no signature and no first-run pages.
      'xpinstall.signatures.required': false,
      'extensions.autoDisableScopes': 0,
      'browser.shell.checkDefaultBrowser': false,
    },
    protocolTimeout: 30_000,
  });
  const extensionId = await browser.installExtension(EXTENSION_DIR);
  const processOf = browser.process();
  return {
    browser,
    extensionId,
    async close() {
      // A graceful close first; a Firefox that hangs on the way out is killed, never left behind.
      const closed = browser.close().then(
        () => true,
        () => false,
      );
      const inTime = await Promise.race([closed, sleep(10_000).then(() => false)]);
      if (!inTime && processOf && processOf.exitCode === null) processOf.kill('SIGKILL');
      rmSync(profileParent, { recursive: true, force: true });
    },
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` until it returns a value that is not undefined, or fails with `what`. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      // The page may be between documents (a navigation or a process switch); try again.
      lastError = error;
    }
    await sleep(150);
  }
  throw new Error(`timed out waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
}

/**
 * Opens one of the extension's own pages. BiDi's navigate never reports the moz-extension document loaded
 * (it lives in the extension process), so the navigation is started and the document itself is polled.
 */
export async function openExtensionPage(browser: Browser, file: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `${EXTENSION_ORIGIN}/${file}`;
  page.goto(url, { timeout: 60_000 }).catch(() => undefined);
  await waitFor(`${url} to load`, () =>
    page
      .evaluate(() => (document.readyState === 'complete' ? location.href : ''))
      .then((href) => (href === url ? true : undefined)),
  );
  return page;
}

/** The part of the extension API the extension-page snippets use (they run there, not here). */
declare const browser: {
  storage: {
    local: {
      get(key: string | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
};

export type { GuardMode };

/** Switches the guard's mode through the extension's own storage, as the options page would. */
export async function setGuardMode(extensionPage: Page, mode: GuardMode): Promise<void> {
  await extensionPage.evaluate((value) => browser.storage.local.set({ guardSettings: value }), {
    ...DEFAULT_GUARD_SETTINGS,
    mode,
  });
}

/**
 * The test switch that keeps the guard from taking its engine into use (storage key `guardTestHoldEngine`,
 * src/settings/stored-keys.ts): the way to make "the checker is not ready yet" happen on demand in Firefox,
 * whose WebDriver BiDi request interception does not see the extension's own file loads.
 */
export async function holdGuardEngine(extensionPage: Page, hold: boolean): Promise<void> {
  await extensionPage.evaluate((value) => browser.storage.local.set({ guardTestHoldEngine: value }), hold);
}

/**
 * Empties the published rule set (storage key `activeRules`), as on a fresh profile before the background
 * has published; returns what was there, to put back with `restorePublishedRules`.
 */
export async function unpublishRules(extensionPage: Page): Promise<unknown> {
  return extensionPage.evaluate(async () => {
    const { activeRules } = await browser.storage.local.get('activeRules');
    await browser.storage.local.set({ activeRules: null });
    return activeRules;
  });
}

export async function restorePublishedRules(extensionPage: Page, saved: unknown): Promise<void> {
  await extensionPage.evaluate((value) => browser.storage.local.set({ activeRules: value }), saved);
}

/** Empties the guard's error log, so a test sees only the failures of its own page. */
export async function clearErrorLog(extensionPage: Page): Promise<void> {
  await extensionPage.evaluate(() => browser.storage.local.set({ errorLog: [] }));
}

/** The guard's error log (storage key `errorLog`), for a precise message when something fails. */
export async function errorLog(extensionPage: Page): Promise<unknown[]> {
  return extensionPage.evaluate(async () => {
    const { errorLog } = await browser.storage.local.get('errorLog');
    return Array.isArray(errorLog) ? (errorLog as unknown[]) : [];
  });
}

/** The pack ids of the rule set the background published (storage key `activeRules`), once it has. */
export function publishedPackIds(extensionPage: Page): Promise<string[]> {
  return waitFor('the background to publish activeRules', () =>
    extensionPage.evaluate(async () => {
      const { activeRules } = await browser.storage.local.get('activeRules');
      const packs = (activeRules as { packs?: { id?: unknown }[] } | undefined)?.packs;
      return Array.isArray(packs) ? packs.map((pack) => String(pack.id)) : undefined;
    }),
  );
}

const SCRIPT_PATH = '/__wr_fixture__/app.js';
/** Each fixture at every host of its site (the registry's hosts, the content script's own matches). */
const ORIGINS: Record<string, FixtureSite> = Object.fromEntries(
  SITES.flatMap((site) => site.hosts.map((host) => [`https://${host}`, site.id])),
);

let bundles: ReturnType<typeof bundleFixtures> | undefined;
/** The fixture apps, built once per run (esbuild, about two seconds) and reused by every page. */
export function fixtureBundles() {
  bundles ??= bundleFixtures();
  return bundles;
}

export interface FixtureServing {
  /** A Content-Security-Policy header sent with every fixture document and script, per site. */
  csp?(site: FixtureSite): string | undefined;
}

/** A new tab whose requests to the fixture sites are answered from memory; everything else is refused. */
export async function fixturePage(browser: Browser, serving: FixtureServing = {}): Promise<Page> {
  const code = await fixtureBundles();
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    answer(request, code, serving).catch(() => undefined);
  });
  return page;
}

async function answer(
  request: HTTPRequest,
  code: Record<FixtureSite, string>,
  serving: FixtureServing,
): Promise<void> {
  let url: URL;
  try {
    url = new URL(request.url());
  } catch {
    return request.abort('blockedbyclient');
  }
  // Extension files (guard-ui.js) and data: URLs are not network requests of the page's; let them be.
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return request.continue();
  }
  const site = ORIGINS[url.origin];
  if (!site) return request.abort('blockedbyclient');
  const csp = serving.csp?.(site);
  const headers: Record<string, string> = csp ? { 'Content-Security-Policy': csp } : {};
  if (url.pathname === SCRIPT_PATH) {
    return request.respond({
      status: 200,
      contentType: 'text/javascript; charset=utf-8',
      body: code[site],
      headers,
    });
  }
  if (!request.isNavigationRequest()) return request.respond({ status: 404, body: '' });
  return request.respond({
    status: 200,
    contentType: 'text/html; charset=utf-8',
    body: fixtureHtml(site, SCRIPT_PATH),
    headers,
  });
}

/** What the fixture posted so far (its own record, window.__posted). */
export function postedOn(page: Page): Promise<PostedEntry[]> {
  return page.evaluate(() => window.__posted.slice());
}

/** A surface's draft as the editor itself holds it (Lexical state, Zalo DOM). */
export function draftOn(page: Page, surface: string): Promise<string | undefined> {
  return page.evaluate((name) => window.__draft(name), surface);
}

/** The guard's dialog, looked up through the extension's open shadow root; null when none is open. */
export function wrDialog(page: Page): Promise<ElementHandle<Element> | null> {
  return page.$('>>> [data-testid="wr-dialog"]');
}

export async function waitForDialog(page: Page, timeout = 15_000): Promise<ElementHandle<Element>> {
  const dialog = await page.waitForSelector('>>> [data-testid="wr-dialog"]', { timeout });
  if (!dialog) throw new Error('no dialog');
  return dialog;
}

/** The rule ids of the findings the open dialog lists. */
export function findingRuleIds(dialog: ElementHandle<Element>): Promise<string[]> {
  return dialog.$$eval('[data-testid="wr-finding"]', (items) =>
    items.map((item) => item.getAttribute('data-rule-id') ?? ''),
  );
}

/** A person's click at an element's centre: real mouse events, no retry. */
export async function pressAt(page: Page, element: ElementHandle<Element>): Promise<void> {
  await element.scrollIntoView();
  const box = await element.boundingBox();
  if (!box) throw new Error('the element has no box');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Types lines with Shift+Enter between them, as a pasted document header arrives line by line. */
export async function typeLines(page: Page, lines: readonly string[]): Promise<void> {
  for (const [index, line] of lines.entries()) {
    if (index > 0) {
      await page.keyboard.down('Shift');
      await page.keyboard.press('Enter');
      await page.keyboard.up('Shift');
    }
    await page.keyboard.type(line);
  }
}
