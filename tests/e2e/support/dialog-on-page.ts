// Opens the guard's dialog on the Facebook fixture's composer with a given draft, in a given language and
// colour scheme, at a given window size: what the layout, age and accessibility specs need.
import { expect, type Frame, type Locator, type Page } from '@playwright/test';
import { serviceWorkerOf } from './extension';
import { wrDialog, type GuardSession } from './guard-harness';
import { SURFACES, type Lang, type SurfaceCase } from './surfaces';

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

export const COMPOSER = SURFACES.find((c) => c.name === 'facebook Create post') as SurfaceCase;

/**
 * Facebook attaches the link-preview card a moment after a URL is typed, moving the Post button down: a press
 * aimed before that lands where the button was. Waits for the card when the draft has a link.
 */
export async function previewCardShown(scope: Page | Frame, text: string): Promise<void> {
  const url = /https?:\/\/\S+/.exec(text)?.[0];
  if (url)
    await expect(
      scope
        .getByRole('dialog')
        .locator(`a[href*="${new URL(url).hostname}"]`)
        .first(),
    ).toBeVisible();
}

export interface DialogOnPage {
  page: Page;
  dialog: Locator;
}

export async function openDialog(
  session: GuardSession,
  options: {
    text: string;
    lang: Lang;
    scheme?: 'light' | 'dark';
    size?: { width: number; height: number };
    /** A page already set up (media emulation); a new one otherwise. */
    page?: Page;
  },
): Promise<DialogOnPage> {
  const worker = await serviceWorkerOf(session.context);
  // The dialog speaks the language chosen in the settings (the same switch as the options page).
  await worker.evaluate((lang) => chrome.storage.local.set({ uiLanguage: lang }), options.lang);
  await session.setMode('links-and-findings');
  const page = options.page ?? (await session.context.newPage());
  await page.setViewportSize(options.size ?? { width: 1366, height: 768 });
  await page.emulateMedia({ colorScheme: options.scheme ?? 'light' });
  const scope = await COMPOSER.open(page, options.lang, 'clean');
  // Facebook's dark theme: the dialog follows the page's own background.
  if (options.scheme === 'dark') await page.evaluate(() => void (document.body.style.background = '#18191a'));
  // The words are typed; the links are pasted in one go, as people do: typed key by key on a loaded
  // machine, a pause inside an address lets the fixture (like Facebook) attach a preview of half of it.
  const firstLink = options.text.search(/https?:\/\//);
  await page.keyboard.type(firstLink < 0 ? options.text : options.text.slice(0, firstLink));
  if (firstLink >= 0) await page.keyboard.insertText(options.text.slice(firstLink));
  // A press before the guard's engine has loaded passes unchecked (fail open): the badge beside the
  // composer says the draft has been checked. (So every draft used here has something to count.)
  await expect(scope.locator('[data-testid="wr-badge"]')).toBeVisible();
  await previewCardShown(scope, options.text);
  await COMPOSER.click(scope, options.lang);
  const dialog = wrDialog(scope);
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('lang', options.lang);
  return { page, dialog };
}
