// A rumour typed on a guarded surface opens the dialog in the DEFAULT mode (`links-and-findings`), with the
// built-in packs the background publishes: the `rumour` group of vn-unverified-claims speaks with one
// `warning` (issue 8: before, five markers added up to almost 2 and every finding stayed `info`, so the post
// went out without a question). One family per site, plus an everyday post that must go through untouched.
import { test, expect, type Page } from '@playwright/test';
import { draftOn, postedOn } from './support/fixture-sites';
import { backToEdit, guardLanded, guardSessionPerFile, settle, wrDialog } from './support/guard-harness';
import { SURFACES, type SurfaceCase } from './support/surfaces';

test.skip(!guardLanded, 'the guard is not in this build');
test.describe.configure({ timeout: 30_000 });

const surface = (name: string): SurfaceCase => {
  const found = SURFACES.find((s) => s.name === name);
  if (!found) throw new Error(`no surface "${name}" in support/surfaces.ts`);
  return found;
};

/** One rumour family per site, typed as people type them (no source, no link). */
const CASES: { surface: SurfaceCase; family: string; text: string }[] = [
  {
    surface: surface('facebook Create post'),
    family: 'a headline prefix with a panic action',
    text: 'TIN NÓNG 🔥 ngân hàng HDX sắp phá sản, ai có tiền gửi ở đó rút tiền gấp đi còn kịp!!!',
  },
  {
    surface: surface('tiktok comment'),
    family: 'a celebrity-death hoax asked as a question',
    text: 'có thật là ca sĩ Đàm Minh Khang vừa qua đời không mn??? chưa thấy báo nào đưa tin',
  },
  {
    surface: surface('zalo chat'),
    family: 'a chain warning about scam phone calls',
    text: 'Số lạ đầu +882 gọi đến đừng nghe máy, nghe máy là bị trừ hết tiền trong tài khoản. Gửi tin này cho tất cả người thân!',
  },
];

const hooks = guardSessionPerFile('links-and-findings');
let page: Page;
test.beforeEach(() => {
  page = hooks.page();
});

for (const { surface: c, family, text } of CASES) {
  test(`${c.name}: ${family} opens the dialog in the default mode, with the rumour finding`, async () => {
    const scope = await c.open(page, c.lang, 'clean');
    await page.keyboard.type(text);
    const draft = (await draftOn(scope, c.draft as string)) ?? '';
    expect(draft).toBe(text);

    if (c.submits[0] === 'enter') await page.keyboard.press('Enter');
    else await c.click(scope, c.lang);

    const dialog = wrDialog(scope);
    // The first dialog on a page loads its script: on a loaded machine that can take a few seconds.
    await expect(dialog).toBeVisible({ timeout: 15_000 });
    const finding = dialog.locator('[data-testid="wr-finding"][data-rule-id="rumour"]');
    await expect(finding).toBeVisible();
    await expect(finding).toHaveAttribute('data-severity', 'warning');
    await settle(page);
    expect(await postedOn(page)).toEqual([]);

    // Back to edit: the draft is kept as typed, nothing went out.
    await backToEdit(scope);
    expect((await draftOn(scope, c.draft as string)) ?? '').toBe(draft);
    expect(await postedOn(page)).toEqual([]);
  });
}

test('facebook Create post: a recipe that says "chia sẻ ngay!!!" goes out with no dialog in the default mode', async () => {
  const c = surface('facebook Create post');
  const scope = await c.open(page, c.lang, 'clean');
  const text = 'Cách nấu chè bưởi giòn sần sật, mát lạnh ngày hè, chia sẻ ngay cho mọi người cùng làm nhé!!!';
  await page.keyboard.type(text);
  await c.click(scope, c.lang);
  await expect.poll(() => postedOn(page)).toHaveLength(1);
  await expect(wrDialog(scope)).toHaveCount(0);
  expect((await postedOn(page))[0]).toMatchObject({ surface: c.recordedAs, text });
});
