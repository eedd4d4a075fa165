import { chromium } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM, EXTENSION_DIR, serviceWorkerOf } from './tests/e2e/support/extension';
import { serveFixtureSites } from './tests/e2e/support/fixture-sites';
import { SURFACES } from './tests/e2e/support/surfaces';
const lang = (process.argv[2] ?? 'vi') as 'vi' | 'en';
const scheme = (process.argv[3] ?? 'light') as 'light' | 'dark';
const text = process.argv[4] ?? 'Nghe nói Bộ Y tế sắp cấm bán thuốc hạ sốt, chia sẻ ngay trước khi bị xóa!!! https://tuoitre.vn/bo-y-te-cam-ban-thuoc-ha-sot-20210315101010123.htm https://bit.ly/3xTaiLieu';
const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'wr-scratch-')), {
  executablePath: CHROMIUM, headless: true, locale: lang === 'vi' ? 'vi-VN' : 'en-US',
  args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, `--lang=${lang === 'vi' ? 'vi' : 'en-US'}`, '--no-sandbox', '--disable-gpu'],
});
await serveFixtureSites(context);
const worker = await serviceWorkerOf(context);
for (let i = 0; i < 30 && !(await worker.evaluate(async () => Boolean((await chrome.storage.local.get('activeRules')).activeRules))); i++) await new Promise(r => setTimeout(r, 200));
const surface = SURFACES.find((c) => c.site === 'facebook' && c.editor)!;
const page = await context.newPage();
await page.setViewportSize({ width: 1366, height: 768 });
await page.emulateMedia({ colorScheme: scheme });
const scope = await surface.open(page, lang, 'clean');
if (scheme === 'dark') await page.evaluate(() => { document.body.style.background = '#18191a'; });
await surface.editor!(scope).click();
await page.keyboard.type(text);
await page.waitForTimeout(600);
await surface.click(scope, lang);
const dialog = scope.locator('[data-testid="wr-dialog"]');
await dialog.waitFor({ state: 'visible', timeout: 5000 });
await page.waitForTimeout(400);
const m = await dialog.evaluate((d) => { const b = d.querySelector('.wr-body')!; const r = d.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, h: r.height, bodyScroll: b.scrollHeight, bodyClient: b.clientHeight }; });
console.log(JSON.stringify(m));
await page.screenshot({ path: `/tmp/dlg-${lang}-${scheme}.png` });
await context.close();
