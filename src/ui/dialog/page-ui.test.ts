// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckResult } from '../../engine/types';
import type { DialogRequest } from '../../guard/guard-types';
import { createPageUi } from './page-ui';

const RESULT: CheckResult = { verdict: 'review', findings: [], links: [], questions: [] };

function request() {
  return {
    result: RESULT,
    draft: { text: 'nghe nói' },
    surface: 'composer',
    action: 'post',
    pending: true,
    onProceed: vi.fn<() => void>(),
    onEdit: vi.fn<() => void>(),
    onGone: vi.fn<() => void>(),
  } satisfies DialogRequest;
}

const dialogHost = () => document.querySelector('wise-reader-ui[data-wr="dialog"]');
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the page UI', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('a dialog whose host the page removes (a re-render of <body>) is reported gone, at once', async () => {
    const ui = createPageUi({ document, language: () => 'en' });
    const asked = request();
    const handle = ui.openDialog(asked);
    expect(dialogHost()).not.toBeNull();
    expect(handle.gone()).toBe(false);
    // What an SPA does when it renders the whole body again: everything it does not own goes.
    document.body.replaceChildren(
      ...[...document.body.children].filter((el) => el.localName !== 'wise-reader-ui'),
    );
    await flush();
    expect(handle.gone()).toBe(true);
    expect(asked.onGone).toHaveBeenCalledTimes(1);
    expect(asked.onProceed).not.toHaveBeenCalled();
    expect(asked.onEdit).not.toHaveBeenCalled();
    handle.close();
    expect(handle.gone()).toBe(false);
  });

  it('a dialog closed by its answer is not reported gone', async () => {
    const ui = createPageUi({ document, language: () => 'en' });
    const asked = request();
    const handle = ui.openDialog(asked);
    handle.close();
    await flush();
    expect(dialogHost()).toBeNull();
    expect(asked.onGone).not.toHaveBeenCalled();
  });

  it('a badge whose host the page removed is put up again on the next update', () => {
    const ui = createPageUi({ document, language: () => 'en' });
    const editor = document.createElement('div');
    document.body.append(editor);
    const flagged: CheckResult = {
      ...RESULT,
      links: [{ url: 'https://bit.ly/x', domain: 'bit.ly', verdict: 'shortener' }],
    };
    ui.showBadge(editor, flagged, () => undefined);
    document.querySelector('wise-reader-ui[data-wr="badge"]')!.remove();
    ui.showBadge(editor, flagged, () => undefined);
    const badge = document.querySelector('wise-reader-ui[data-wr="badge"]');
    expect(badge?.shadowRoot?.querySelector('[data-testid="wr-badge"]')?.getAttribute('data-count')).toBe(
      '1',
    );
  });

  it('tells the person, in the chosen language, to press once more; never takes the focus', () => {
    const ui = createPageUi({ document, language: () => 'vi' });
    const focused = document.createElement('input');
    document.body.append(focused);
    focused.focus();
    ui.showNotice!({ kind: 'press-again', action: 'share' });
    const notice = document
      .querySelector('wise-reader-ui[data-wr="notice"]')
      ?.shadowRoot?.querySelector('[data-testid="wr-notice"]');
    expect(notice?.getAttribute('role')).toBe('status');
    expect(notice?.textContent).toContain('Hãy mở lại và bấm Chia sẻ thêm một lần nữa');
    expect(document.activeElement).toBe(focused);
    ui.hideNotice!();
    expect(document.querySelector('wise-reader-ui[data-wr="notice"]')).toBeNull();
  });

  it('styles its shadow roots with an adopted constructable sheet, never a <style> a page CSP could block', () => {
    const ui = createPageUi({ document, language: () => 'en' });
    ui.openDialog(request());
    const root = dialogHost()!.shadowRoot!;
    expect(root.querySelector('style')).toBeNull();
    expect(root.adoptedStyleSheets).toHaveLength(1);
    const backdrop = root.querySelector('.wr-backdrop')!;
    expect(getComputedStyle(backdrop).position).toBe('fixed');
  });
});
