// The guard on the Facebook fixture (served at the real address): the shared scenarios of
// support/guard-scenarios.ts, plus what only Facebook does.
import { expect, test } from '@playwright/test';
import { SITE_URL, postedOn } from './support/fixture-sites';
import { backToEdit, postAnyway, settle, wrDialog } from './support/guard-harness';
import { defineGuardScenarios } from './support/guard-scenarios';
import { pressControl } from './support/surfaces';

const scenarios = defineGuardScenarios('facebook');

test('a link that is only in the preview card (URL text deleted) still asks, with its verdict', async () => {
  const session = scenarios.session();
  const page = scenarios.page();
  await session.setMode('links-and-findings');
  await page.goto(`${SITE_URL.facebook}?lang=en`);
  await page.getByRole('button', { name: "What's on your mind, Minh?" }).click();
  const dialog = page.getByRole('dialog', { name: 'Create post' });
  await page.keyboard.type('https://bit.ly/3abcxyz');
  await expect(dialog.locator('a[href*="bit.ly"]')).toBeVisible();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await pressControl(dialog.locator('div[role="button"][aria-label="Post"]'));
  await expect(wrDialog(page).locator('[data-testid="wr-link"][data-verdict="shortener"]')).toBeVisible();
  await settle(page);
  expect(await postedOn(page)).toEqual([]);
  await backToEdit(page);
  await pressControl(dialog.locator('div[role="button"][aria-label="Post"]'));
  await postAnyway(page);
  await expect
    .poll(() => postedOn(page))
    .toEqual([{ surface: 'composer', text: '', link: 'https://bit.ly/3abcxyz' }]);
});
