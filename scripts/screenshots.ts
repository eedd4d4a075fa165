// Screenshots of the popup and the checklist page, in Vietnamese and English, light and dark, and of the
// guard's dialog on each fixture site, taken from the built extension in Chromium (npm run build first).
// Output: docs/screenshots/*.png, shown in the README.
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import type { JournalEntry } from '../src/journal/journal-entry';
import type { UiLanguage } from '../src/ui/locale';
import {
  CHROMIUM,
  EXTENSION_DIR,
  launchWithExtension,
  serviceWorkerOf,
} from '../tests/e2e/support/extension';
import { serveFixtureSites } from '../tests/e2e/support/fixture-sites';
import { guardLanded } from '../tests/e2e/support/guard-harness';
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

/** A draft on each site that gives the dialog something to show: hearsay, pressure to share, a short link. */
const DIALOG_DRAFTS: Record<'facebook' | 'tiktok' | 'zalo', string> = {
  facebook:
    'Nghe nói UBND tỉnh sắp thu hồi đất cả khu phố, chia sẻ ngay trước khi bị xóa! https://bit.ly/3xTaiLieu',
  tiktok: 'Nghe nói có biến lớn ở trường, share gấp!!! https://bit.ly/3xTaiLieu',
  zalo: 'Nghe nói mai cả phường mất điện, chia sẻ ngay cho mọi người https://bit.ly/3xTaiLieu',
};

/** The guard's dialog on the first editable surface of each fixture site (skipped until the guard is built in). */
async function shootDialogs(lang: UiLanguage, scheme: 'light' | 'dark'): Promise<string[]> {
  if (!guardLanded) return [];
  // The dialog follows the browser's language (the page's navigator), so the browser itself speaks `lang`.
  const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'wr-shots-')), {
    executablePath: CHROMIUM,
    headless: true,
    locale: lang === 'vi' ? 'vi-VN' : 'en-US',
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--lang=${lang === 'vi' ? 'vi' : 'en-US'}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
    ],
  });
  const taken: string[] = [];
  try {
    await serveFixtureSites(context);
    const worker = await serviceWorkerOf(context);
    await prepare(worker, lang, []);
    for (const site of ['facebook', 'tiktok', 'zalo'] as const) {
      const surface = SURFACES.find((candidate) => candidate.site === site && candidate.editor);
      if (!surface?.editor) continue;
      const page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 860 });
      await page.emulateMedia({ colorScheme: scheme });
      const scope = await surface.open(page, lang, 'clean');
      await surface.editor(scope).click();
      await page.keyboard.type(DIALOG_DRAFTS[site]);
      await surface.click(scope, lang);
      const dialog = scope.locator('[data-testid="wr-dialog"]');
      try {
        await dialog.waitFor({ state: 'visible', timeout: 5000 });
      } catch {
        console.warn(`No dialog on ${surface.name}: skipped.`);
        await page.close();
        continue;
      }
      await page.waitForTimeout(300); // the dialog's entrance transition
      // The focus goes to the buttons at the bottom; the picture shows the dialog from its top.
      await dialog.evaluate((root) => {
        for (const element of [root, ...root.querySelectorAll('*')]) element.scrollTop = 0;
      });
      await page.mouse.move(0, 0);
      const file = `dialog-${site}-${scheme === 'dark' ? 'dark-' : ''}${lang}.png`;
      await page.screenshot({ path: path.join(OUT, file) });
      taken.push(file);
      await page.close();
    }
  } finally {
    await context.close();
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
  for (const lang of ['vi', 'en'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      if (only !== 'dialogs') {
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
      if (only !== 'pages') await shootDialogs(lang, scheme);
    }
  }
  console.log(`Screenshots in ${path.relative(process.cwd(), OUT)}: ${readdirSync(OUT).join(', ')}`);
}

await main();
