// The built Firefox extension (.output/firefox-mv2) in real Firefox ESR: it installs, its background
// publishes the built-in rules, and on the fixture sites (served at their real addresses) the guard holds a
// stamped draft behind the dialog, posts it once and unchanged on "post anyway", and lets a clean draft
// through. Run: npm run test:firefox (after npm run build).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ElementHandle, Page } from 'puppeteer-core';
import {
  clearErrorLog,
  draftOn,
  errorLog,
  findingRuleIds,
  firefoxMissing,
  fixtureBundles,
  fixturePage,
  GECKO_ID,
  holdGuardEngine,
  restorePublishedRules,
  unpublishRules,
  launchFirefoxWithExtension,
  openExtensionPage,
  postedOn,
  pressAt,
  publishedPackIds,
  setGuardMode,
  sleep,
  typeLines,
  waitFor,
  waitForDialog,
  wrDialog,
  type FirefoxSession,
  type FixtureServing,
  type GuardMode,
} from './support/firefox-extension';

const BUILT_IN_PACKS = [
  'vn-internal-documents',
  'vn-personal-data',
  'vn-sources',
  'vn-tone',
  'vn-unverified-claims',
];
const STAMP_LINES = ['TỐI MẬT', 'Số: 12/QĐ-UBND'];
const STAMP_TEXT = STAMP_LINES.join('\n');
const CLEAN_TEXT = 'Chúc cả nhà một ngày làm việc hiệu quả';
const LINK_TEXT = 'Xem ngay https://bit.ly/3abcxyz';
const LEXICAL = 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';
const FB_COMPOSER = 'div[role="dialog"] ' + LEXICAL;
const FB_POST = 'div[role="dialog"] div[role="button"][aria-label="Đăng"]';

describe('Wise Reader in Firefox ESR', { skip: firefoxMissing, timeout: 120_000 }, () => {
  let session: FirefoxSession;
  /** The extension's popup page: its storage is the extension's own (rules, guard settings, error log). */
  let popup: Page;

  before(async () => {
    // The fixture bundle builds while Firefox starts.
    const [started] = await Promise.all([launchFirefoxWithExtension(), fixtureBundles()]);
    session = started;
    popup = await openExtensionPage(session.browser, 'popup.html');
  });

  after(async () => {
    await session?.close();
  });

  /** A fresh tab per test, the guard in `mode`. */
  async function freshPage(mode: GuardMode, serving?: FixtureServing): Promise<Page> {
    await setGuardMode(popup, mode);
    await clearErrorLog(popup);
    return fixturePage(session.browser, serving);
  }

  /** Runs `run` on a fresh tab (the guard in `mode`) with the guard's log attached to any failure; closes it. */
  async function onFreshPage(
    mode: GuardMode,
    run: (page: Page) => Promise<void>,
    serving?: FixtureServing,
  ): Promise<void> {
    const page = await freshPage(mode, serving);
    try {
      await withLog(() => run(page));
    } finally {
      await page.close();
    }
  }

  /** Zalo, with the stamped message typed in its input. */
  async function openZaloWithStamp(page: Page): Promise<void> {
    await page.goto('https://chat.zalo.me/?lang=vi', { waitUntil: 'load' });
    const input = await page.waitForSelector('#richInput', { visible: true });
    await input!.click();
    await typeLines(page, STAMP_LINES);
  }

  /** Fails with the guard's own error log attached, so a Firefox-only failure says where it broke. */
  async function withLog<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      const log = await errorLog(popup).catch(() => 'unreadable');
      throw new Error(`${String(error)}\nguard errorLog: ${JSON.stringify(log)}`, { cause: error });
    }
  }

  /** The guard stepped aside for nothing: no failure was logged (a Firefox-only break shows up here). */
  async function expectNoGuardErrors(): Promise<void> {
    assert.deepEqual(await errorLog(popup), [], 'the guard logged no failure');
  }

  async function openFacebookComposer(page: Page): Promise<void> {
    await page.goto('https://www.facebook.com/?lang=vi', { waitUntil: 'load' });
    const opener = await page.waitForSelector('::-p-text(Bạn đang nghĩ gì, Minh?)');
    await opener!.click();
    const editor = await page.waitForSelector(FB_COMPOSER, { visible: true });
    await editor!.click();
    await waitFor('the composer to take the focus', () =>
      page.$eval(FB_COMPOSER, (el) => (el === document.activeElement ? true : undefined)),
    );
  }

  /** "Post anyway", ticking the acknowledgement a critical finding asks for first. */
  async function postAnyway(page: Page, dialog: ElementHandle<Element>): Promise<void> {
    const ack = await dialog.$('[data-testid="wr-acknowledge"]');
    if (ack) await pressAt(page, ack);
    const proceed = await dialog.$('[data-testid="wr-proceed"]');
    assert.ok(proceed, 'the dialog has a post-anyway button');
    await pressAt(page, proceed);
  }

  /** The first post, then every chance of a second one. */
  async function waitForThePost(page: Page): Promise<void> {
    await waitFor('the post', async () => ((await postedOn(page)).length > 0 ? true : undefined));
    await sleep(400);
  }

  async function clickPost(page: Page): Promise<void> {
    const post = await page.waitForSelector(FB_POST, { visible: true });
    await pressAt(page, post!);
  }

  test('installs, and its background publishes the built-in rule set', async () => {
    assert.equal(session.extensionId, GECKO_ID);
    const packs = await publishedPackIds(popup);
    for (const id of BUILT_IN_PACKS) assert.ok(packs.includes(id), `activeRules lacks ${id}: ${packs}`);
    // The popup reads those rules: a stamp pasted into its check box is flagged.
    const input = await popup.waitForSelector('[data-testid="wr-checklist-input"]', { timeout: 10_000 });
    await input!.click();
    await typeLines(popup, STAMP_LINES);
    await popup.click('[data-testid="wr-checklist-run"]');
    const flagged = await waitFor('the popup to list its findings', async () => {
      const ids = await popup.$$eval('[data-testid="wr-finding"]', (items) =>
        items.map((item) => item.getAttribute('data-rule-id') ?? ''),
      );
      return ids.length > 0 ? ids : undefined;
    });
    assert.ok(flagged.includes('secrecy-stamp'), `popup findings: ${flagged.join(', ')}`);
  });

  test('facebook: a stamped draft opens the dialog, nothing posts; post anyway posts once, unchanged', async () => {
    await onFreshPage('links-and-findings', async (page) => {
      await openFacebookComposer(page);
      await typeLines(page, STAMP_LINES);
      assert.equal(await draftOn(page, 'composer'), STAMP_TEXT);
      await clickPost(page);

      const dialog = await waitForDialog(page);
      const rules = await findingRuleIds(dialog);
      assert.ok(rules.includes('secrecy-stamp'), `findings shown: ${rules.join(', ')}`);
      await sleep(300);
      assert.deepEqual(await postedOn(page), [], 'nothing is posted while the dialog asks');

      await postAnyway(page, dialog);
      await waitForThePost(page);
      assert.deepEqual(await postedOn(page), [{ surface: 'composer', text: STAMP_TEXT }]);
      assert.equal(await wrDialog(page), null, 'the dialog is gone after the post');
      await expectNoGuardErrors();
    });
  });

  test('facebook: a clean draft in findings-only mode posts at once, no dialog', async () => {
    await onFreshPage('findings-only', async (page) => {
      await openFacebookComposer(page);
      await page.keyboard.type(CLEAN_TEXT);
      assert.equal(await draftOn(page, 'composer'), CLEAN_TEXT);
      await clickPost(page);
      await waitForThePost(page);
      assert.deepEqual(await postedOn(page), [{ surface: 'composer', text: CLEAN_TEXT }]);
      assert.equal(await wrDialog(page), null, 'no dialog for a clean draft');
    });
  });

  test('facebook: a shortened link asks; back to edit keeps the draft, focused, and posts nothing', async () => {
    await onFreshPage('links-and-findings', async (page) => {
      await openFacebookComposer(page);
      await page.keyboard.type(LINK_TEXT);
      assert.equal(await draftOn(page, 'composer'), LINK_TEXT);
      await clickPost(page);

      const dialog = await waitForDialog(page);
      const verdicts = await dialog.$$eval('[data-testid="wr-link"]', (items) =>
        items.map((item) => item.getAttribute('data-verdict') ?? ''),
      );
      assert.deepEqual(verdicts, ['shortener'], 'the dialog names the link a shortener');
      const edit = await dialog.$('[data-testid="wr-edit"]');
      assert.ok(edit, 'the dialog has a back-to-edit button');
      await pressAt(page, edit);

      await waitFor('the dialog to close', async () => ((await wrDialog(page)) === null ? true : undefined));
      await sleep(300);
      assert.deepEqual(await postedOn(page), [], 'back to edit posts nothing');
      assert.equal(await draftOn(page, 'composer'), LINK_TEXT, 'the draft is as it was');
      await waitFor('the composer to have the focus back', () =>
        page.$eval(FB_COMPOSER, (el) => (el === document.activeElement ? true : undefined)),
      );
      await expectNoGuardErrors();
    });
  });

  test('zalo: Enter on a stamped message asks and sends nothing; post anyway sends it once', async () => {
    await onFreshPage('links-and-findings', async (page) => {
      await openZaloWithStamp(page);
      assert.equal(await draftOn(page, 'message'), STAMP_TEXT);
      await page.keyboard.press('Enter');

      const dialog = await waitForDialog(page);
      const rules = await findingRuleIds(dialog);
      assert.ok(rules.includes('secrecy-stamp'), `findings shown: ${rules.join(', ')}`);
      await sleep(300);
      assert.deepEqual(await postedOn(page), [], 'nothing is sent while the dialog asks');
      assert.equal(await draftOn(page, 'message'), STAMP_TEXT, 'the draft is kept as it was');

      // Post anyway replays the Enter (an event the content script dispatches into the page): in
      // Firefox that event crosses from the content script's compartment into Zalo's own listener.
      await postAnyway(page, dialog);
      await waitForThePost(page);
      assert.deepEqual(await postedOn(page), [{ surface: 'message', text: STAMP_TEXT }]);
      await expectNoGuardErrors();
    });
  });

  test('zalo: an Enter before the checker is ready is held, then asked about (nothing goes out unchecked)', async () => {
    await setGuardMode(popup, 'links-and-findings');
    await clearErrorLog(popup);
    await holdGuardEngine(popup, true);
    try {
      await onFreshPage('links-and-findings', async (page) => {
        await openZaloWithStamp(page);
        await page.keyboard.press('Enter');
        await sleep(200);
        assert.deepEqual(await postedOn(page), [], 'nothing is sent before the checker is ready');
        await holdGuardEngine(popup, false);
        const dialog = await waitForDialog(page);
        const rules = await findingRuleIds(dialog);
        assert.ok(rules.includes('secrecy-stamp'), `findings shown: ${rules.join(', ')}`);
        assert.deepEqual(await postedOn(page), [], 'nothing is sent while the dialog asks');
        await postAnyway(page, dialog);
        await waitForThePost(page);
        assert.deepEqual(await postedOn(page), [{ surface: 'message', text: STAMP_TEXT }]);
        await expectNoGuardErrors();
      });
    } finally {
      await holdGuardEngine(popup, false);
    }
  });

  test('facebook: after the page removes the dialog (a re-render of <body>), the next Post is asked again', async () => {
    await onFreshPage('links-and-findings', async (page) => {
      await openFacebookComposer(page);
      await typeLines(page, STAMP_LINES);
      await clickPost(page);
      await waitForDialog(page);
      await page.evaluate(() =>
        document.body.replaceChildren(
          ...[...document.body.children].filter((el) => el.localName !== 'wise-reader-ui'),
        ),
      );
      await waitFor('the dialog to be gone', async () =>
        (await wrDialog(page)) === null ? true : undefined,
      );
      await clickPost(page);
      const dialog = await waitForDialog(page);
      assert.deepEqual(await postedOn(page), [], 'the second Post is held and asked about, not swallowed');
      await postAnyway(page, dialog);
      await waitForThePost(page);
      assert.deepEqual(await postedOn(page), [{ surface: 'composer', text: STAMP_TEXT }]);
      const where = ((await errorLog(popup)) as { where?: string }[]).map((entry) => entry.where);
      assert.ok(where.includes('guard.dialog-gone'), `error log: ${where.join(', ')}`);
    });
  });

  test('zalo: before any rule set is published (a fresh profile), a stamped Enter is asked about, not sent', async () => {
    const saved = await unpublishRules(popup);
    try {
      await onFreshPage('links-and-findings', async (page) => {
        await openZaloWithStamp(page);
        await page.keyboard.press('Enter');
        const dialog = await waitForDialog(page);
        const rules = await findingRuleIds(dialog);
        assert.ok(rules.includes('secrecy-stamp'), `findings shown: ${rules.join(', ')}`);
        await sleep(300);
        assert.deepEqual(await postedOn(page), [], 'nothing is sent while the dialog asks');
      });
    } finally {
      await restorePublishedRules(popup, saved);
    }
  });

  test('zalo under a strict Content-Security-Policy: the dialog is styled and works', async () => {
    const csp = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'";
    await onFreshPage(
      'links-and-findings',
      async (page) => {
        await openZaloWithStamp(page);
        await page.keyboard.press('Enter');
        const dialog = await waitForDialog(page);
        const position = await page.$eval('>>> .wr-backdrop', (el) => getComputedStyle(el).position);
        assert.equal(position, 'fixed', 'the dialog is laid out over the page (its styles applied)');
        await postAnyway(page, dialog);
        await waitForThePost(page);
        assert.deepEqual(await postedOn(page), [{ surface: 'message', text: STAMP_TEXT }]);
        await expectNoGuardErrors();
      },
      { csp: () => csp },
    );
  });
});
