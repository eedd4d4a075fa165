// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckResult } from '../../engine/types';
import { sampleFinding } from '../result/result-fixtures';
import { GuardDialog } from './GuardDialog';

const RESULT: CheckResult = {
  verdict: 'critical',
  // Markup in a pack message must show as text.
  findings: [sampleFinding({ message: { vi: '<b>Dấu mật</b>', en: 'Secrecy stamp' } })],
  links: [{ url: 'https://bit.ly/x', domain: 'bit.ly', verdict: 'shortener' }],
  questions: [
    { id: 'source', hints: [{ id: 'category:internal-document', text: { vi: 'Tài liệu nội bộ?' } }] },
    { id: 'author', hints: [] },
    { id: 'intent', hints: [] },
    { id: 'harm', hints: [] },
    { id: 'benefit', hints: [] },
  ],
};

describe('GuardDialog', () => {
  const root = document.createElement('div');
  document.body.append(root);
  afterEach(() => render(null, root));

  const show = (pending = true) => {
    const onProceed = vi.fn();
    const onEdit = vi.fn();
    act(() => {
      render(
        <GuardDialog
          result={RESULT}
          draft={{ text: 'x' }}
          lang="vi"
          pending={pending}
          onProceed={onProceed}
          onEdit={onEdit}
        />,
        root,
      );
    });
    const q = <T extends Element = HTMLElement>(id: string) =>
      root.querySelector<T>(`[data-testid="${id}"]`)!;
    return { onProceed, onEdit, q };
  };

  it('carries the test hooks and renders pack text as text, never HTML', () => {
    const { q } = show();
    const dialog = q('wr-dialog');
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(q('wr-finding').getAttribute('data-rule-id')).toBe('secrecy-stamp');
    expect(q('wr-finding').textContent).toContain('<b>Dấu mật</b>');
    expect(q('wr-finding').querySelector('b')).toBeNull();
    expect(q('wr-link').getAttribute('data-verdict')).toBe('shortener');
    expect(root.querySelectorAll('[data-testid="wr-question"]')).toHaveLength(5);
    expect(root.querySelector('[data-question-id="source"]')!.textContent).toContain('Tài liệu nội bộ?');
  });

  it('a critical finding needs the acknowledgement; post anyway works once', () => {
    const { q, onProceed } = show();
    const proceed = q<HTMLButtonElement>('wr-proceed');
    expect(proceed.disabled).toBe(true);
    act(() => {
      const box = q<HTMLInputElement>('wr-acknowledge');
      box.checked = true;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(q<HTMLButtonElement>('wr-proceed').disabled).toBe(false);
    act(() => q('wr-proceed').click());
    act(() => q('wr-proceed').click());
    expect(onProceed).toHaveBeenCalledTimes(1);
  });

  it('Escape is back to edit; without a pending post there is only Close', () => {
    const { q, onEdit } = show(false);
    expect(q('wr-proceed')).toBeNull();
    act(() => {
      q('wr-dialog').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(onEdit).toHaveBeenCalledTimes(1);
  });
});
