// The dialog leads with the questions and, in the common case (up to 3 findings and 2 links), shows all of
// it — the five questions with their hints and evidence, the link line, the read-before-share line and the
// two buttons — in a 1366×768 window without scrolling, in Vietnamese and English, light and dark. And an
// old article's address on a known outlet shows its age; a fresh one shows none.
import { expect, test, type Locator } from '@playwright/test';
import { guardLanded, startGuardSession, type GuardSession } from './support/guard-harness';
import { launchWithHistoryGranted } from './support/history-permission';
import { openDialog } from './support/dialog-on-page';

test.skip(!guardLanded, 'the guard is not in this build');
test.describe.configure({ timeout: 45_000 });

const OLD = 'https://tuoitre.vn/bo-y-te-cam-ban-thuoc-ha-sot-20210315101010123.htm';
/** 3 findings (hearsay, pressure to share, a short link) and 2 links. */
const RUMOUR = `Nghe nói Bộ Y tế sắp cấm bán thuốc hạ sốt, chia sẻ ngay cho mọi người! ${OLD} https://bit.ly/3xThuoc`;
/** A critical finding (and its acknowledgement), 2 more findings, 2 links. */
const LEAK = `TỐI MẬT Nghe nói sắp điều động cán bộ, chia sẻ ngay! ${OLD} https://vnexpress.net/dieu-dong-can-bo-4814295.html`;

let session: GuardSession;
test.beforeAll(async () => {
  session = await startGuardSession(launchWithHistoryGranted);
});
test.afterAll(() => session?.close());

async function inView(locator: Locator, height: number) {
  const count = await locator.count();
  for (let i = 0; i < count; i++) {
    const box = await locator.nth(i).boundingBox();
    expect(box, 'rendered').not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(height);
  }
}

for (const lang of ['vi', 'en'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, text] of [
      ['rumour', RUMOUR],
      ['document leak', LEAK],
    ] as const) {
      test(`fits 1366×768 without scrolling: ${name}, ${lang}, ${scheme}`, async () => {
        const { page, dialog } = await openDialog(session, { text, lang, scheme });
        // The read-before-share line arrives from the background: wait for it before measuring.
        await expect(dialog.getByTestId('wr-read-state').first()).toBeVisible();
        const findings = await dialog.getByTestId('wr-finding').count();
        expect(findings).toBeGreaterThan(0);
        expect(findings).toBeLessThanOrEqual(3);
        await expect(dialog.getByTestId('wr-link')).toHaveCount(2);
        const scroll = await dialog.evaluate((element) => {
          const body = element.querySelector('.wr-body') as HTMLElement;
          return {
            body: body.scrollHeight - body.clientHeight,
            dialog: element.scrollHeight - element.clientHeight,
          };
        });
        expect(scroll).toEqual({ body: 0, dialog: 0 });
        for (const part of [
          'wr-question',
          'wr-finding',
          'wr-link',
          'wr-read-state',
          'wr-open-first',
          'wr-edit',
          'wr-proceed',
        ])
          await inView(dialog.getByTestId(part), 768);
        if (name === 'document leak') await inView(dialog.getByTestId('wr-acknowledge'), 768);
        // It leads with the question that has the most reason to be asked.
        const first = dialog.getByTestId('wr-question').first();
        await expect(first).toHaveAttribute('data-question-id', 'source');
        await expect(dialog.getByTestId('wr-edit')).toBeFocused();
        await page.close();
      });
    }
  }
}

test('an old article shows its age, under the source question too; a fresh one shows none', async () => {
  const today = new Date();
  const stamp = `${today.getUTCFullYear()}${String(today.getUTCMonth() + 1).padStart(2, '0')}${String(today.getUTCDate()).padStart(2, '0')}`;
  const fresh = `https://tuoitre.vn/tin-moi-trong-ngay-${stamp}101010123.htm`;
  const old = 'https://thanhnien.vn/thien-tai-khoc-liet-tai-khanh-hoa-185210315164812173.htm';

  const vi = await openDialog(session, {
    text: `Nghe nói vậy, chia sẻ ngay: ${old} và ${fresh}`,
    lang: 'vi',
  });
  const ageVi = vi.dialog.getByTestId('wr-article-age');
  await expect(ageVi).toHaveCount(1);
  await expect(ageVi).toHaveText('bài từ tháng 3/2021');
  await expect(vi.dialog.locator('[data-testid="wr-link"][data-domain="thanhnien.vn"]')).toContainText(
    'bài từ tháng 3/2021',
  );
  await expect(vi.dialog.locator('[data-question-id="source"] [data-hint-id="article:old"]')).toContainText(
    'Bài báo này từ tháng 3/2021 (thanhnien.vn)',
  );
  await vi.page.close();

  const en = await openDialog(session, { text: `Nghe nói vậy, chia sẻ ngay: ${old}`, lang: 'en' });
  await expect(en.dialog.getByTestId('wr-article-age')).toHaveText('from March 2021');
  await expect(en.dialog.locator('[data-hint-id="article:old"]')).toContainText(
    'This article is from March 2021',
  );
  await en.page.close();

  const freshOnly = await openDialog(session, { text: `Nghe nói vậy, chia sẻ ngay: ${fresh}`, lang: 'vi' });
  await expect(freshOnly.dialog.locator('[data-testid="wr-link"][data-domain="tuoitre.vn"]')).toBeVisible();
  await expect(freshOnly.dialog.getByTestId('wr-article-age')).toHaveCount(0);
  await expect(freshOnly.dialog.locator('[data-hint-id="article:old"]')).toHaveCount(0);
  await freshOnly.page.close();
});
