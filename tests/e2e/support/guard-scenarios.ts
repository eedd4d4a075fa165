// The guard's promises, checked on every surface of one fixture site in one browser (one persistent
// context per spec file): a clean post passes untouched, a link or a document stamp asks, back-to-edit
// keeps the draft as it was (and focused), post-anyway posts once and identically, an input-method Enter
// and Shift+Enter are left alone, and a failure inside the guard lets the post through.
import { test, expect, type Page } from '@playwright/test';
import { draftOn, postedOn, type PostedEntry } from './fixture-sites';
import {
  backToEdit,
  guardLanded,
  guardSessionPerFile,
  postAnyway,
  settle,
  wrDialog,
  type GuardSession,
} from './guard-harness';
import { enterWhileComposing } from './ime';
import {
  CLEAN_TEXT,
  RISKY_LINK,
  STAMP_LINES,
  SURFACES,
  otherLang,
  type Lang,
  type Scope,
  type SurfaceCase,
  type Variant,
} from './surfaces';

async function typeLines(page: Page, lines: readonly string[]) {
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press('Shift+Enter');
    await page.keyboard.type(line);
  }
}

async function send(c: SurfaceCase, scope: Scope, page: Page, lang: Lang, how: 'click' | 'enter') {
  if (how === 'enter') await page.keyboard.press('Enter');
  else await c.click(scope, lang);
}

async function currentDraft(c: SurfaceCase, scope: Scope, variant: Variant): Promise<string> {
  if (c.draft) return (await draftOn(scope, c.draft)) ?? '';
  return c.fixedText?.(variant) ?? '';
}

function entry(c: SurfaceCase, text: string, link: string | undefined): PostedEntry {
  return link ? { surface: c.recordedAs, text, link } : { surface: c.recordedAs, text };
}

/** Exactly one post, with exactly this text, after every chance of a second one. */
async function expectPostedOnce(page: Page, expected: PostedEntry) {
  await expect.poll(() => postedOn(page)).toHaveLength(1);
  await settle(page, 250);
  expect(await postedOn(page)).toEqual([expected]);
}

async function expectNothingPosted(page: Page) {
  await settle(page);
  expect(await postedOn(page)).toEqual([]);
}

/** What a spec can use for its own site-specific tests next to the shared scenarios. */
export interface GuardScenarioContext {
  session(): GuardSession;
  page(): Page;
}

export function defineGuardScenarios(site: SurfaceCase['site']): GuardScenarioContext {
  test.skip(!guardLanded, 'the guard (branch `guard`) is not in this build yet');
  test.describe.configure({ timeout: 20_000 });

  const hooks = guardSessionPerFile();
  let session: GuardSession;
  let page: Page;
  test.beforeEach(() => {
    session = hooks.session();
    page = hooks.page();
  });
  test.afterEach(async () => {
    await session.setFault(false);
  });

  for (const c of SURFACES.filter((s) => s.site === site)) {
    test.describe(c.name, () => {
      const first = c.submits[0]!;

      for (const how of c.submits) {
        const lang = otherLang(c.lang);
        test(`clean post goes through with no dialog (findings-only, ${how}, ${lang})`, async () => {
          await session.setMode('findings-only');
          const scope = await c.open(page, lang, 'clean');
          if (c.editor) await page.keyboard.type(CLEAN_TEXT);
          const draft = await currentDraft(c, scope, 'clean');
          await send(c, scope, page, lang, how);
          await expect(wrDialog(scope)).toHaveCount(0);
          await c.finish?.(scope, lang);
          await expectPostedOnce(page, entry(c, draft, c.linkOf?.('clean')));
          await expect(wrDialog(scope)).toHaveCount(0);
        });
      }

      test(`sharing a link opens the dialog with the link's verdict; back to edit keeps it (${c.lang})`, async () => {
        await session.setMode('links-and-findings');
        const scope = await c.open(page, c.lang, 'link');
        if (c.editor) await page.keyboard.type(`Xem tin này ${RISKY_LINK}`);
        const draft = await currentDraft(c, scope, 'link');
        await send(c, scope, page, c.lang, first);
        const dialog = wrDialog(scope);
        await expect(dialog).toBeVisible();
        const links = dialog.locator('[data-testid="wr-link"]');
        if (c.linkVerdict === 'any') await expect(links.first()).toBeVisible();
        else
          await expect(links.and(scope.locator(`[data-verdict="${c.linkVerdict}"]`)).first()).toBeVisible();
        await expectNothingPosted(page);
        await backToEdit(scope);
        if (c.editor) await expect(c.editor(scope)).toBeFocused();
        expect(await currentDraft(c, scope, 'link')).toBe(draft);
        await expectNothingPosted(page);
      });

      if (c.editor) {
        const editor = c.editor;
        test(`a document stamp opens the dialog with its finding; back to edit, then post anyway once (${c.lang})`, async () => {
          await session.setMode('findings-only');
          const scope = await c.open(page, c.lang, 'clean');
          await typeLines(page, STAMP_LINES);
          const draft = await currentDraft(c, scope, 'clean');
          expect(draft).toContain('TỐI MẬT');

          await send(c, scope, page, c.lang, first);
          const dialog = wrDialog(scope);
          await expect(dialog).toBeVisible();
          await expect(
            dialog.locator('[data-testid="wr-finding"][data-rule-id="secrecy-stamp"]'),
          ).toBeVisible();
          await expectNothingPosted(page);

          await backToEdit(scope);
          await expect(editor(scope)).toBeFocused();
          expect(await currentDraft(c, scope, 'clean')).toBe(draft);
          await expectNothingPosted(page);

          const last = c.submits[c.submits.length - 1]!;
          await send(c, scope, page, c.lang, last);
          await expect(dialog).toBeVisible();
          expect(await currentDraft(c, scope, 'clean')).toBe(draft);
          await postAnyway(scope);
          await c.finish?.(scope, c.lang);
          await expectPostedOnce(page, entry(c, draft, c.linkOf?.('clean')));
        });

        test(`Shift+Enter makes a new line and is never intercepted (${c.lang})`, async () => {
          await session.setMode('always');
          const scope = await c.open(page, c.lang, 'clean');
          await page.keyboard.type('TỐI MẬT');
          await page.keyboard.press('Shift+Enter');
          await page.keyboard.type('dòng hai');
          await settle(page);
          await expect(wrDialog(scope)).toHaveCount(0);
          expect(await currentDraft(c, scope, 'clean')).toBe('TỐI MẬT\ndòng hai');
          await expectNothingPosted(page);
        });
      } else {
        test(`post anyway shares exactly once (${c.lang})`, async () => {
          await session.setMode('links-and-findings');
          const scope = await c.open(page, c.lang, 'link');
          await c.click(scope, c.lang);
          await expect(wrDialog(scope)).toBeVisible();
          await expectNothingPosted(page);
          await postAnyway(scope);
          await c.finish?.(scope, c.lang);
          await expectPostedOnce(page, entry(c, c.fixedText?.('link') ?? '', c.linkOf?.('link')));
        });
      }

      if (c.submits.includes('enter')) {
        test(`an Enter inside an input-method composition is not intercepted (${c.lang})`, async () => {
          await session.setMode('always');
          const scope = await c.open(page, c.lang, 'clean');
          await typeLines(page, [...STAMP_LINES, 'xin ']);
          const before = await currentDraft(c, scope, 'clean');
          await enterWhileComposing(session.context, page, 'chà', 'chào');
          await settle(page);
          await expect(wrDialog(scope)).toHaveCount(0);
          await expectNothingPosted(page);
          await expect.poll(() => currentDraft(c, scope, 'clean')).toBe(`${before}chào`);
          // The same Enter outside a composition is guarded.
          await page.keyboard.press('Enter');
          await expect(wrDialog(scope)).toBeVisible();
          await backToEdit(scope);
          await expectNothingPosted(page);
        });
      }

      test(`a failure inside the guard fails open: the post goes through once (${c.lang})`, async () => {
        await session.setMode('always');
        await session.setFault(true);
        const scope = await c.open(page, c.lang, 'link');
        if (c.editor) await typeLines(page, [...STAMP_LINES, RISKY_LINK]);
        // Facebook attaches the link-preview card a moment after the URL is typed.
        if (c.recordedAs === 'composer')
          await expect(scope.locator('[role="dialog"] a[href*="bit.ly"]')).toBeVisible();
        const draft = await currentDraft(c, scope, 'link');
        const logged = (await session.errorLog()).length;
        await send(c, scope, page, c.lang, first);
        await expect(wrDialog(scope)).toHaveCount(0);
        await c.finish?.(scope, c.lang);
        const link = c.recordedAs === 'composer' ? RISKY_LINK : c.linkOf?.('link');
        await expectPostedOnce(page, entry(c, draft, link));
        await expect.poll(async () => (await session.errorLog()).length).toBeGreaterThan(logged);
      });
    });
  }
  return { session: () => session, page: () => page };
}
