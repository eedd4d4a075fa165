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

  it('an old article shows when it was published; a fresh one, or without the time of the check, nothing', () => {
    const root = document.body.appendChild(document.createElement('div'));
    const now = Date.UTC(2026, 0, 15);
    const links = [
      {
        url: 'https://tuoitre.vn/a-20210315101010123.htm',
        domain: 'tuoitre.vn',
        verdict: 'known' as const,
        published: '2021-03-15',
      },
      {
        url: 'https://vtv.vn/b-20260110101010123.htm',
        domain: 'vtv.vn',
        verdict: 'known' as const,
        published: '2026-01-10',
      },
    ];
    render(<LinkList lang="vi" links={links} now={now} />, root);
    const ages = [...root.querySelectorAll('[data-testid="wr-article-age"]')];
    expect(ages.map((age) => age.textContent)).toEqual(['bài từ tháng 3/2021']);
    render(<LinkList lang="en" links={links} />, root);
    expect(root.querySelector('[data-testid="wr-article-age"]')).toBeNull();
  });
});
