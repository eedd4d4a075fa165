// Random sessions against the guard (fast-check): typing, Enter, Shift+Enter, Post, back-to-edit,
// post-anyway and Escape in any order. Whatever the order, after every step:
//   - at most one post happened, and a post carries exactly the draft as it stood before the step;
//   - a post happened only after post-anyway on an open dialog, or from a press with no dialog on a draft
//     with nothing to ask about (no link, no stamp);
//   - while a post is held (dialog open before or after the step) the draft is exactly as it was;
//   - a send press on a non-empty draft either posts or asks: it is never silently swallowed;
//   - closing the dialog without posting gives the focus back to the editor.
import { test, expect, type Page } from '@playwright/test';
import fc from 'fast-check';
import type { PostedEntry } from './fixture-sites';
import { guardLanded, settle, startGuardSession, wrDialog, type GuardSession } from './guard-harness';
import { RISKY_LINK, SURFACES, type Scope, type SurfaceCase } from './surfaces';

type Action =
  | { kind: 'type'; text: string }
  | { kind: 'enter' }
  | { kind: 'shift-enter' }
  | { kind: 'click-post' }
  | { kind: 'edit' }
  | { kind: 'proceed' }
  | { kind: 'escape' };

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .constantFrom('xin chào ', 'hẹn gặp lại ', ' TỐI MẬT ', ` ${RISKY_LINK} `, 'ok ')
      .map((text): Action => ({ kind: 'type', text })),
  },
  { weight: 2, arbitrary: fc.constant<Action>({ kind: 'enter' }) },
  { weight: 1, arbitrary: fc.constant<Action>({ kind: 'shift-enter' }) },
  { weight: 2, arbitrary: fc.constant<Action>({ kind: 'click-post' }) },
  { weight: 1, arbitrary: fc.constant<Action>({ kind: 'edit' }) },
  { weight: 1, arbitrary: fc.constant<Action>({ kind: 'proceed' }) },
  { weight: 1, arbitrary: fc.constant<Action>({ kind: 'escape' }) },
);

const RUNS = Number(process.env.WR_PROPERTY_RUNS ?? 15);

/** Something the guard must ask about in links-and-findings mode. */
function risky(draft: string): boolean {
  return draft.includes('bit.ly') || draft.includes('TỐI MẬT');
}

interface Driver {
  c: SurfaceCase;
  page: Page;
  scope: Scope;
}

interface Observation {
  open: boolean;
  draft: string;
  posted: PostedEntry[];
}

/** One round trip per look: whether the guard's dialog is open (in any open shadow root), the draft, the record. */
function observe(d: Driver): Promise<Observation> {
  return d.page.evaluate((key) => {
    const open = [...document.querySelectorAll('*')].some(
      (el) => el.shadowRoot?.querySelector('[data-testid="wr-dialog"]') != null,
    );
    return { open, draft: window.__draft(key) ?? '', posted: window.__posted.slice() };
  }, d.c.draft!);
}

/** The surface's editor, focused with the caret at the end (reopening Facebook's composer after Escape). */
async function focusEditor(d: Driver): Promise<boolean> {
  const editor = d.c.editor!(d.scope);
  if (!(await editor.isVisible())) {
    if (d.c.recordedAs !== 'composer') return false;
    const name = d.c.lang === 'vi' ? 'Bạn đang nghĩ gì, Minh?' : "What's on your mind, Minh?";
    await d.page.getByRole('button', { name }).click();
  }
  if (!(await editor.evaluate((el) => el === el.ownerDocument.activeElement))) {
    await editor.click();
    await d.page.keyboard.press('Control+End');
  }
  return true;
}

/** Runs one action; returns whether it was a press that should send (for the "never swallowed" check). */
async function perform(d: Driver, action: Action, open: boolean): Promise<'send' | 'other' | 'skipped'> {
  const dialog = wrDialog(d.scope);
  switch (action.kind) {
    case 'type':
      if (open || !(await focusEditor(d))) return 'skipped';
      await d.page.keyboard.type(action.text);
      return 'other';
    case 'enter':
    case 'shift-enter':
      if (!open && !(await focusEditor(d))) return 'skipped';
      await d.page.keyboard.press(action.kind === 'enter' ? 'Enter' : 'Shift+Enter');
      return !open && action.kind === 'enter' && d.c.submits.includes('enter') ? 'send' : 'other';
    case 'click-post': {
      if (open) return 'skipped';
      if (d.c.recordedAs === 'composer') await focusEditor(d);
      if (d.c.site === 'zalo' && (await d.scope.locator('[data-translate-title="STR_SEND"]').count()) === 0)
        return 'skipped';
      await d.c.click(d.scope, d.c.lang);
      return 'send';
    }
    case 'edit':
      if (!open) return 'skipped';
      await dialog.locator('[data-testid="wr-edit"]').click();
      return 'other';
    case 'proceed': {
      if (!open) return 'skipped';
      const ack = dialog.locator('[data-testid="wr-acknowledge"]');
      if (await ack.count()) await ack.check();
      await dialog.locator('[data-testid="wr-proceed"]').click();
      return 'other';
    }
    case 'escape':
      await d.page.keyboard.press('Escape');
      return 'other';
  }
}

async function runSession(d: Driver, actions: Action[]): Promise<void> {
  let before = await observe(d);
  for (const [step, action] of actions.entries()) {
    const where = `step ${step} ${JSON.stringify(action)} of ${JSON.stringify(actions)}`;
    const { open: openBefore, draft: draftBefore, posted: postedBefore } = before;
    const kind = await perform(d, action, openBefore);
    if (kind === 'skipped') {
      before = await observe(d);
      continue;
    }
    await settle(d.page, 80);
    let after = await observe(d);
    // The first dialog on a page loads its script (tens of ms, more on a busy machine): a send press that
    // has neither posted nor asked yet gets a little longer before the invariants are judged.
    for (let waited = 0; kind === 'send' && !after.open && after.posted.length === postedBefore.length;) {
      if (waited >= 2000) break;
      await settle(d.page, 100);
      waited += 100;
      after = await observe(d);
    }
    before = after;
    const { open: openAfter, draft: draftAfter, posted } = after;
    const added = posted.slice(postedBefore.length);

    expect(added.length, `never two posts from one step (${where})`).toBeLessThanOrEqual(1);
    if (openBefore && action.kind === 'proceed') expect(added.length, `post anyway posts (${where})`).toBe(1);
    if (added.length === 1) {
      expect(added[0]!.text, `a post carries exactly the draft (${where})`).toBe(draftBefore);
      const viaProceed = openBefore && action.kind === 'proceed';
      const cleanPress = !openBefore && !risky(draftBefore);
      expect(viaProceed || cleanPress, `posted only after a clean check or post-anyway (${where})`).toBe(
        true,
      );
      expect(openAfter, `no dialog left after a post (${where})`).toBe(false);
    } else {
      if (openBefore || openAfter)
        expect(draftAfter, `the held draft is untouched (${where})`).toBe(draftBefore);
      if (kind === 'send' && !openBefore && draftBefore.trim() !== '') {
        expect(openAfter, `a send press on a draft posts or asks (${where})`).toBe(true);
      }
      if (openBefore && !openAfter) {
        const focused = await d.c.editor!(d.scope).evaluate((el) => el === el.ownerDocument.activeElement);
        expect(focused, `closing the dialog gives the editor its focus back (${where})`).toBe(true);
      }
    }
  }
}

export function defineGuardProperties(names: string[]) {
  test.skip(!guardLanded, 'the guard (branch `guard`) is not in this build yet');
  let session: GuardSession;
  test.beforeAll(async () => {
    session = await startGuardSession();
    await session.setMode('links-and-findings');
  });
  test.afterAll(async () => {
    await session?.close();
  });

  for (const name of names) {
    const c = SURFACES.find((s) => s.name === name);
    if (!c?.editor || !c.draft) throw new Error(`no editor surface named ${name}`);
    test(`${name}: random sessions never double-post, never post unchecked, never alter the draft`, async () => {
      test.setTimeout(30_000 + RUNS * 8_000);
      const page = await session.context.newPage();
      try {
        await fc.assert(
          fc.asyncProperty(fc.array(actionArb, { minLength: 3, maxLength: 10 }), async (actions) => {
            const scope = await c.open(page, c.lang, 'clean');
            await runSession({ c, page, scope }, actions);
          }),
          // Each run reloads a page (about two seconds); shrinking would cost minutes, so report the first
          // failing sequence as it is.
          { numRuns: RUNS, endOnFailure: true },
        );
      } finally {
        await page.close();
      }
    });
  }
}
