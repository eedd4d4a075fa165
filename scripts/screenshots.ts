// Screenshots of the popup and the checklist page, in Vietnamese and English, light and dark, and of the
// guard's dialog on each fixture site, taken from the built extension in Chromium (npm run build first).
// Output: docs/screenshots/*.png, shown in the README.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { JournalEntry } from '../src/journal/journal-entry';
import type { UiLanguage } from '../src/ui/locale';
import { EXTENSION_DIR, launchWithExtension, serviceWorkerOf } from '../tests/e2e/support/extension';
import { previewCardShown } from '../tests/e2e/support/dialog-on-page';
import { guardLanded, startGuardSession } from '../tests/e2e/support/guard-harness';
import { launchWithHistoryGranted } from '../tests/e2e/support/history-permission';
import { SURFACES } from '../tests/e2e/support/surfaces';
import { loadBuiltInPacks } from '../tests/support/builtin-packs';

const OUT = path.resolve('docs/screenshots');

declare const chrome: {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
  };
};

const SAMPLE = {
  vi: 'NÓNG!!! Nghe nói UBND tỉnh sắp thu hồi đất cả khu phố. Tài liệu nội bộ đây, chia sẻ ngay trước khi bị xóa: https://bit.ly/3xTaiLieu',
  en: 'NÓNG!!! Nghe nói UBND tỉnh sắp thu hồi đất cả khu phố. Tài liệu nội bộ đây, chia sẻ ngay trước khi bị xóa: https://bit.ly/3xTaiLieu',
};
const NOTES = { vi: 'Trang của UBND tỉnh chưa đăng gì', en: 'Nothing on the province’s own site' };

/** A few earlier checks, so the journal shows what it keeps. */
function sampleJournal(): JournalEntry[] {
  const at = (day: number, hour: number) => Date.UTC(2026, 10, day, hour, 12);
  return [
    {
      id: 'sample-3',
      at: at(22, 8),
      site: 'www.facebook.com',
      origin: 'guard',
      excerpt: 'TỐI MẬT Số: 12/QĐ-UBND Kính gửi: Các sở, ban, ngành…',
      verdict: 'critical',
      found: ['vn-internal-documents/secrecy-stamp', 'vn-internal-documents/number-line'],
      decision: 'edited',
      unclear: [],
    },
    {
      id: 'sample-2',
      at: at(21, 14),
      site: 'chat.zalo.me',
      origin: 'guard',
      excerpt: 'Xem bài này nhé https://vnexpress.net/…',
      verdict: 'clean',
      found: [],
      decision: 'posted-anyway',
      unclear: [],
    },
    {
      id: 'sample-1',
      at: at(20, 19),
      site: '',
      origin: 'popup',
      excerpt: 'Nghe đồn sắp tăng giá điện 30%, share gấp!!!',
      verdict: 'review',
      found: ['vn-unverified-claims/hearsay', 'vn-unverified-claims/spread-pressure'],
      decision: 'checked-by-hand',
      unclear: ['source', 'author'],
    },
  ];
}

async function prepare(worker: Worker, lang: UiLanguage, journal: JournalEntry[]) {
  const packs = loadBuiltInPacks();
  await worker.evaluate(
    async ({ packs, lang, journal }) => {
      // The background writes the built-in packs itself once the pack store runs; fill in only if it has not.
      for (let i = 0; i < 20 && !(await chrome.storage.local.get('activeRules')).activeRules; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      if (!(await chrome.storage.local.get('activeRules')).activeRules) {
        await chrome.storage.local.set({ activeRules: { packs, updatedAt: Date.now() } });
      }
      await chrome.storage.local.set({ uiLanguage: lang, journal });
    },
    { packs, lang, journal },
  );
}

async function answer(page: Page, lang: UiLanguage) {
  await page.locator('[data-question-id="source"] [data-testid="wr-answer-unsure"]').click();
  await page.locator('[data-question-id="source"] [data-testid="wr-answer-note"]').fill(NOTES[lang]);
  await page.locator('[data-question-id="intent"] [data-testid="wr-answer-know"]').click();
  await page.locator('[data-question-id="benefit"] [data-testid="wr-answer-know"]').click();
  await page.locator('[data-testid="wr-summary"]').scrollIntoViewIfNeeded();
  // Let the focus ring go: screenshots show the resting state.
  await page.locator('body').click({ position: { x: 1, y: 1 } });
}

async function shoot(
  context: BrowserContext,
  extensionId: string,
  lang: UiLanguage,
  scheme: 'light' | 'dark',
) {
  const suffix = `${scheme === 'dark' ? 'dark-' : ''}${lang}`;

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 452, height: 900 });
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByTestId('wr-checklist-input').fill(SAMPLE[lang]);
  await popup.getByTestId('wr-checklist-run').click();
  await popup.getByTestId('wr-finding').first().waitFor();
  await answer(popup, lang);
  await popup.locator('.wr-app').screenshot({ path: path.join(OUT, `popup-${suffix}.png`) });
  await popup.close();

  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: scheme });
  const query = new URLSearchParams({
    text: SAMPLE[lang],
    page: 'https://www.facebook.com/groups/khupho/posts/1',
  });
  await page.goto(`chrome-extension://${extensionId}/checklist.html?${query}`);
  await page.getByTestId('wr-finding').first().waitFor();
  await answer(page, lang);
  await page.screenshot({ path: path.join(OUT, `checklist-${suffix}.png`), fullPage: true });
  await page.close();
}

/**
 * A draft on each site that gives the dialog something to show: a rumour about a named body, pressure to
 * share, an old article on a known outlet (its age), and a short link — the common case of 3 findings and 2
 * links, which must fit a 1366×768 window.
 */
const OLD_ARTICLE = 'https://tuoitre.vn/bo-y-te-cam-ban-thuoc-ha-sot-20210315101010123.htm';
const DIALOG_DRAFTS: Record<'facebook' | 'tiktok' | 'zalo', string> = {
  facebook: `Nghe nói Bộ Y tế sắp cấm bán thuốc hạ sốt, chia sẻ ngay cho mọi người! ${OLD_ARTICLE} https://bit.ly/3xThuoc`,
  tiktok: `Nghe nói Bộ Giáo dục sắp bỏ thi tốt nghiệp, share gấp! ${OLD_ARTICLE} https://bit.ly/3xThi`,
  zalo: `Nghe nói mai cả phường mất điện, chia sẻ ngay cho mọi người ${OLD_ARTICLE} https://bit.ly/3xDien`,
};

/**
 * The guard's dialog on the first editable surface of each fixture site, at 1366×768, with the history
 * permission granted (so the read-before-share line shows), in the language chosen in the settings.
 */
async function shootDialogs(langs: readonly UiLanguage[]): Promise<string[]> {
  if (!guardLanded) return [];
  const session = await startGuardSession(launchWithHistoryGranted);
  const taken: string[] = [];
  try {
    const worker = await serviceWorkerOf(session.context);
    await session.setMode('links-and-findings');
    for (const lang of langs) {
      await worker.evaluate((value) => chrome.storage.local.set({ uiLanguage: value }), lang);
      for (const scheme of ['light', 'dark'] as const) {
        for (const site of ['facebook', 'tiktok', 'zalo'] as const) {
          const surface = SURFACES.find((candidate) => candidate.site === site && candidate.editor);
          if (!surface?.editor) continue;
          const page = await session.context.newPage();
          await page.setViewportSize({ width: 1366, height: 768 });
          await page.emulateMedia({ colorScheme: scheme });
          const scope = await surface.open(page, lang, 'clean');
          // The sites' own dark themes: the dialog follows the page's background.
          if (scheme === 'dark') await page.evaluate(() => void (document.body.style.background = '#18191a'));
          await surface.editor(scope).click();
          await page.keyboard.type(DIALOG_DRAFTS[site]);
          const dialog = scope.locator('[data-testid="wr-dialog"]');
          try {
            // The badge says the engine has checked the draft (a press before that passes unchecked).
            await scope.locator('[data-testid="wr-badge"]').waitFor({ state: 'visible', timeout: 5000 });
            if (site === 'facebook') await previewCardShown(scope, DIALOG_DRAFTS[site]);
            await surface.click(scope, lang);
            await dialog.waitFor({ state: 'visible', timeout: 5000 });
            await dialog.locator('[data-testid="wr-read-state"]').first().waitFor({ timeout: 5000 });
          } catch {
            console.warn(`No dialog on ${surface.name}: skipped.`);
            await page.close();
            continue;
          }
          await page.waitForTimeout(300); // the dialog's entrance
          await page.mouse.move(0, 0);
          const file = `dialog-${site}-${scheme === 'dark' ? 'dark-' : ''}${lang}.png`;
          await page.screenshot({ path: path.join(OUT, file) });
          taken.push(file);
          await page.close();
        }
      }
    }
  } finally {
    await session.close();
  }
  return taken;
}

async function main() {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  mkdirSync(OUT, { recursive: true });
  // `npm run screenshots -- pages` or `-- dialogs` takes only one kind.
  const only = process.argv[2];
  if (only !== 'dialogs') {
    for (const lang of ['vi', 'en'] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        // A fresh profile each time: the journal then holds only the sample entries and this check.
        const context = await launchWithExtension();
        try {
          const worker = await serviceWorkerOf(context);
          const extensionId = new URL(worker.url()).host;
          await prepare(worker, lang, sampleJournal());
          await shoot(context, extensionId, lang, scheme);
        } finally {
          await context.close();
        }
      }
    }
  }
  if (only !== 'pages') await shootDialogs(['vi', 'en']);
  console.log(`Screenshots in ${path.relative(process.cwd(), OUT)}: ${readdirSync(OUT).join(', ')}`);
}

await main();
