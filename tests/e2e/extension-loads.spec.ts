import { test, expect } from './support/extension';

test('the built extension loads in Chromium: service worker up, popup renders its checklist', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByTestId('wr-checklist-input')).toBeVisible();
});
