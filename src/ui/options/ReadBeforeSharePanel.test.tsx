// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReadBeforeSharePanel } from './ReadBeforeSharePanel';

const root = document.body.appendChild(document.createElement('div'));
afterEach(() => render(null, root));
const q = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

describe('ReadBeforeSharePanel', () => {
  it('gives the reason and asks only when the person clicks', async () => {
    const onAllow = vi.fn(async () => false);
    act(() =>
      render(<ReadBeforeSharePanel lang="vi" granted={false} onAllow={onAllow} onTurnOff={vi.fn()} />, root),
    );
    expect(root.textContent).toContain('cần quyền xem lịch sử duyệt web');
    expect(root.textContent).toContain('không gửi gì đi');
    expect(onAllow).not.toHaveBeenCalled();
    await act(async () => q('wr-history-allow')!.click());
    expect(onAllow).toHaveBeenCalledTimes(1);
    // Refused: it says so, and the button stays for another try.
    expect(root.querySelector('[role="status"]')?.textContent).toContain('chưa cấp quyền');
    expect(q('wr-history-allow')).not.toBeNull();
  });

  it('when granted, it can be turned off again', () => {
    const onTurnOff = vi.fn();
    act(() =>
      render(<ReadBeforeSharePanel lang="en" granted onAllow={vi.fn()} onTurnOff={onTurnOff} />, root),
    );
    expect(q('wr-read-before-share')?.getAttribute('data-granted')).toBe('true');
    act(() => q('wr-history-off')!.click());
    expect(onTurnOff).toHaveBeenCalledTimes(1);
  });
});
