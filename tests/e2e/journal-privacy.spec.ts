// Privacy of the journal: after a guarded post that carries an ID card number and a phone number, nothing
// the extension stores anywhere (local, sync, session) holds either number.
import type { BrowserContext } from '@playwright/test';
import { test, expect, serviceWorkerOf } from './support/extension';
import { SITE_URL, postedOn, serveFixtureSites } from './support/fixture-sites';
import { postAnyway } from './support/guard-harness';

declare const chrome: {
  storage: Record<'local' | 'sync' | 'session', { get(keys: null): Promise<Record<string, unknown>> }>;
};

const CCCD = '001203012345';
const PHONE = '0912 345 678';
// Each number with anything (or nothing) between its digits: masked means no trace of the sequence at all.
const traces = (digits: string) => new RegExp(digits.replace(/\D/g, '').split('').join('\\D{0,3}'));

async function everythingStored(context: BrowserContext): Promise<string> {
  const worker = await serviceWorkerOf(context);
  return worker.evaluate(async () => {
    const [local, sync, session] = await Promise.all([
      chrome.storage.local.get(null),
      chrome.storage.sync.get(null),
      chrome.storage.session.get(null),
    ]);
    return JSON.stringify({ local, sync, session });
  });
}

test('a guarded post with an ID number and a phone number leaves neither anywhere in storage', async ({
  context,
}) => {
  await serveFixtureSites(context);
  // The built-in packs (vn-personal-data among them) are what the guard checks with.
  await expect
    .poll(async () => (await everythingStored(context)).includes('vn-personal-data'), { timeout: 20_000 })
    .toBe(true);
  const page = await context.newPage();
  await page.goto(`${SITE_URL.facebook}?lang=en`);
  await page.getByRole('button', { name: "What's on your mind, Minh?" }).click();
  const composer = page.getByRole('dialog', { name: 'Create post' });
  await expect(composer.locator('[data-lexical-editor="true"]')).toBeFocused();
  const text = `CCCD của nó đây: ${CCCD}, ai cần thì gọi ${PHONE} nhé`;
  await page.keyboard.type(text);
  await composer.locator('[role="button"][aria-label="Post"]').click();
  const dialog = page.getByTestId('wr-dialog');
  await expect(dialog.locator('[data-testid="wr-finding"][data-rule-id="citizen-id-number"]')).toBeVisible();
  await postAnyway(page);
  expect(await postedOn(page)).toEqual([{ surface: 'composer', text }]);

  // The decision is in the journal (so something was stored), masked.
  await expect.poll(async () => (await everythingStored(context)).includes('posted-anyway')).toBe(true);
  const stored = await everythingStored(context);
  expect(stored).not.toMatch(traces(CCCD));
  expect(stored).not.toMatch(traces(PHONE));
  expect(stored).toContain('•••');
});
