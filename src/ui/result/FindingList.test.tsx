// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FindingList, orderFindings } from './FindingList';
import { sampleFinding } from './result-fixtures';

const host = () => document.body.appendChild(document.createElement('div'));
afterEach(() => {
  document.body.innerHTML = '';
});

describe('FindingList', () => {
  it('marks each finding with its rule id and shows message, excerpt and reference', () => {
    const root = host();
    render(
      <FindingList
        lang="vi"
        findings={[
          sampleFinding(),
          sampleFinding({ ruleId: 'hearsay', severity: 'warning', excerpt: 'nghe nói', start: 20 }),
        ]}
      />,
      root,
    );
    const items = root.querySelectorAll('[data-testid="wr-finding"]');
    expect([...items].map((item) => item.getAttribute('data-rule-id'))).toEqual(['secrecy-stamp', 'hearsay']);
    expect(items[0]?.textContent).toContain('Có dấu mật');
    expect(items[0]?.textContent).toContain('“TỐI MẬT”');
    expect(items[0]?.textContent).toContain('Luật Bảo vệ bí mật nhà nước 2018');
    expect(items[0]?.textContent).toContain('Nghiêm trọng');
  });

  it('speaks English, falling back to Vietnamese where a pack has no English', () => {
    const root = host();
    render(
      <FindingList
        lang="en"
        findings={[sampleFinding(), sampleFinding({ ruleId: 'x', message: { vi: 'Chỉ tiếng Việt' } })]}
      />,
      root,
    );
    expect(root.textContent).toContain('Carries a state secrecy stamp.');
    expect(root.textContent).toContain('Chỉ tiếng Việt');
    expect(root.textContent).toContain('Critical');
  });

  it('never renders pack text as markup', () => {
    const root = host();
    render(
      <FindingList
        lang="vi"
        findings={[sampleFinding({ message: { vi: '<img src=x onerror=alert(1)>' }, excerpt: '<b>x</b>' })]}
      />,
      root,
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('renders nothing for no findings unless asked to say so', () => {
    const root = host();
    render(<FindingList lang="vi" findings={[]} />, root);
    expect(root.innerHTML).toBe('');
    render(<FindingList lang="en" findings={[]} showEmpty />, root);
    expect(root.textContent).toContain('Nothing found');
  });

  it('orders by severity, keeping text order within one severity', () => {
    const ordered = orderFindings([
      sampleFinding({ ruleId: 'a', severity: 'info' }),
      sampleFinding({ ruleId: 'b', severity: 'critical' }),
      sampleFinding({ ruleId: 'c', severity: 'warning' }),
      sampleFinding({ ruleId: 'd', severity: 'critical' }),
    ]);
    expect(ordered.map((f) => f.ruleId)).toEqual(['b', 'd', 'c', 'a']);
  });
});
