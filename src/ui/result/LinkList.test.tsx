// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LinkList } from './LinkList';
import { SAMPLE_LINKS } from './result-fixtures';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('LinkList', () => {
  it('marks each link with its verdict and says what the verdict means', () => {
    const root = document.body.appendChild(document.createElement('div'));
    render(<LinkList lang="vi" links={SAMPLE_LINKS} />, root);
    const items = [...root.querySelectorAll('[data-testid="wr-link"]')];
    expect(items.map((item) => item.getAttribute('data-verdict'))).toEqual([
      'official',
      'shortener',
      'lookalike',
    ]);
    expect(items[1]?.textContent).toContain('Link rút gọn');
    expect(items[2]?.textContent).toContain('bắt chước chinhphu.vn');
    // Links are text: the dialog and popup open nothing by themselves.
    expect(root.querySelector('a')).toBeNull();
  });

  it('speaks English and renders nothing without links', () => {
    const root = document.body.appendChild(document.createElement('div'));
    render(<LinkList lang="en" links={SAMPLE_LINKS} />, root);
    expect(root.textContent).toContain('Look-alike domain');
    expect(root.textContent).toContain('imitates chinhphu.vn');
    render(<LinkList lang="en" links={[]} />, root);
    expect(root.innerHTML).toBe('');
  });
});
