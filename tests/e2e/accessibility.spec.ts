// axe-core on every screen a person reads: the guard's dialog (Vietnamese and English, light and dark), the
// badge, the popup, the checklist page and the options page. No serious or critical violation is allowed;
// every run prints its summary, so the figures are in the test output.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { serviceWorkerOf } from './support/extension';
import { guardLanded, startGuardSession, type GuardSession } from './support/guard-harness';
import { launchWithHistoryGranted } from './support/history-permission';
import { COMPOSER, openDialog } from './support/dialog-on-page';
import { loadBuiltInPacks } from '../support/builtin-packs';

test.describe.configure({ timeout: 60_000 });

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

const RUMOUR =
  'Nghe nói Bộ Y tế sắp cấm bán thuốc hạ sốt, chia sẻ ngay cho mọi người! https://tuoitre.vn/bo-y-te-cam-ban-thuoc-ha-sot-20210315101010123.htm https://bit.ly/3xThuoc';
const LEAK = 'TỐI MẬT\nSố: 12/QĐ-UBND\nNghe nói sắp điều động cán bộ, chia sẻ ngay!';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** Prints what axe found and returns the serious and critical violations. */
function report(name: string, results: AxeResults) {
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const lines = results.violations.map(
    (v) => `    ${v.impact ?? '?'} ${v.id} (${v.nodes.length}): ${v.help} — ${v.nodes[0]?.target.join(' ')}`,
  );
  console.log(
    [
      `axe ${name}: ${results.passes.length} rules passed, ${results.violations.length} violated ` +
        `(${serious.length} serious or critical), ${results.incomplete.length} to review by hand` +
        (results.incomplete.length ? ` (${results.incomplete.map((r) => r.id).join(', ')})` : ''),
      ...lines,
    ].join('\n'),
  );
  return serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const axe = (page: Page) => new AxeBuilder({ page });

test.describe('the guard dialog and badge', () => {
  test.skip(!guardLanded, 'the guard is not in this build');
  let session: GuardSession;
  test.beforeAll(async () => {
    session = await startGuardSession(launchWithHistoryGranted);
  });
  test.afterAll(() => session?.close());

  for (const lang of ['vi', 'en'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`dialog, ${lang}, ${scheme}`, async () => {
        const { page, dialog } = await openDialog(session, { text: RUMOUR, lang, scheme });
        await expect(dialog.getByTestId('wr-read-state').first()).toBeVisible();
        // Details on demand open too: their contents are read as well.
        await dialog.getByTestId('wr-finding').first().locator('summary').click();
        const results = await axe(page).include('wise-reader-ui[data-wr="dialog"]').analyze();
        expect(report(`dialog ${lang} ${scheme}`, results)).toEqual([]);
        await page.close();
      });
    }
  }

  test('dialog with a critical finding (acknowledgement), vi, light', async () => {
    const { page } = await openDialog(session, { text: LEAK.replace(/\n/g, ' '), lang: 'vi' });
    const results = await axe(page).include('wise-reader-ui[data-wr="dialog"]').analyze();
    expect(report('dialog critical vi light', results)).toEqual([]);
    await page.close();
  });

  test('keyboard: focus starts on "Back to edit", Tab follows the reading order and stays inside, Escape edits', async () => {
    const { page, dialog } = await openDialog(session, { text: RUMOUR, lang: 'vi' });
    await expect(dialog.getByTestId('wr-open-first').first()).toBeVisible();
    const describe = (el: Element | null | undefined) =>
      el ? `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim().slice(0, 40)}` : 'none';
    // The focusable controls in the order they are read (document order).
    const order = await dialog.evaluate((root, describeSource) => {
      const name = new Function(`return ${describeSource}`)() as (el: Element) => string;
      return [
        ...root.querySelectorAll('summary, a[href], button:not([disabled]), input:not([disabled])'),
      ].map(name);
    }, describe.toString());
    const focused = () =>
      page.evaluate((describeSource) => {
        const name = new Function(`return ${describeSource}`)() as (el: Element | null) => string;
        const host = document.activeElement;
        return name(host?.shadowRoot?.activeElement ?? host);
      }, describe.toString());
    const edit = order.findIndex((item) => item.startsWith('button:Quay lại'));
    expect(await focused()).toBe(order[edit]);
    const seen: string[] = [];
    for (let i = 0; i < order.length; i++) {
      await page.keyboard.press('Tab');
      seen.push(await focused());
    }
    // From "Back to edit" onwards, then round to the top: every control once, in reading order.
    expect(seen).toEqual([...order.slice(edit + 1), ...order.slice(0, edit + 1)]);
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe(order[edit - 1 >= 0 ? edit - 1 : order.length - 1]);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await page.close();
  });

  test('prefers-reduced-motion: the dialog appears without its entrance movement', async () => {
    const animation = async (motion: 'reduce' | 'no-preference') => {
      const page = await session.context.newPage();
      await page.emulateMedia({ reducedMotion: motion });
      const { dialog } = await openDialog(session, { text: RUMOUR, lang: 'en', page });
      const name = await dialog.evaluate((element) => getComputedStyle(element).animationName);
      await page.close();
      return name;
    };
    expect(await animation('reduce')).toBe('none');
    expect(await animation('no-preference')).toBe('wr-enter');
  });

  test('badge: a button with a text alternative (not only a number)', async () => {
    const worker = await serviceWorkerOf(session.context);
    await worker.evaluate(() => chrome.storage.local.set({ uiLanguage: 'vi' }));
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    const scope = await COMPOSER.open(page, 'vi', 'clean');
    await page.keyboard.type('Nghe nói sắp có biến, chia sẻ ngay!');
    const badge = scope.locator('[data-testid="wr-badge"]');
    await expect(badge).toBeVisible();
    await expect(badge).toHaveRole('button');
    await expect(badge).toHaveAccessibleName(/^Wise Reader: \d+ điều cần lưu ý$/);
    const results = await axe(page).include('wise-reader-ui[data-wr="badge"]').analyze();
    expect(report('badge', results)).toEqual([]);
    await page.close();
  });
});

test.describe('extension pages', () => {
  test.skip(!guardLanded, 'no build');
  let session: GuardSession;
  let id: string;
  test.beforeAll(async () => {
    session = await startGuardSession();
    const worker = await serviceWorkerOf(session.context);
    id = new URL(worker.url()).host;
    await worker.evaluate(
      (packs) =>
        chrome.storage.local.set({ activeRules: { packs, updatedAt: Date.now() }, uiLanguage: 'vi' }),
      loadBuiltInPacks(),
    );
  });
  test.afterAll(() => session?.close());

  for (const scheme of ['light', 'dark'] as const) {
    test(`popup after a check, ${scheme}`, async () => {
      const page = await session.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${id}/popup.html`);
      await page.getByTestId('wr-checklist-input').fill(LEAK);
      await page.getByTestId('wr-checklist-run').click();
      await expect(page.getByTestId('wr-finding').first()).toBeVisible();
      await page.locator('[data-question-id="source"] [data-testid="wr-answer-unsure"]').click();
      expect(report(`popup ${scheme}`, await axe(page).analyze())).toEqual([]);
      await page.close();
    });

    test(`checklist page with a check, ${scheme}`, async () => {
      const page = await session.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      const query = new URLSearchParams({
        text: RUMOUR,
        page: 'https://www.facebook.com/groups/khupho/posts/1',
      });
      await page.goto(`chrome-extension://${id}/checklist.html?${query}`);
      await expect(page.getByTestId('wr-finding').first()).toBeVisible();
      await expect(page.getByTestId('wr-sift-action').first()).toBeVisible();
      expect(report(`checklist ${scheme}`, await axe(page).analyze())).toEqual([]);
      await page.close();
    });
  }

  test('options page', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    await expect(page.locator('[data-testid="wr-pack"]').first()).toBeVisible();
    await expect(page.getByTestId('wr-read-before-share')).toHaveAttribute('data-granted', 'false');
    expect(report('options', await axe(page).analyze())).toEqual([]);
    await page.close();
  });
});
