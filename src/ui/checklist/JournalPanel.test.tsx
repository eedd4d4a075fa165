// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JournalEntry } from '../../journal/journal-entry';
import { JournalPanel, type JournalPanelProps } from './JournalPanel';

afterEach(() => {
  render(null, document.body);
});

const entry: JournalEntry = {
  id: 'e1',
  at: Date.UTC(2026, 10, 23, 3, 4),
  site: 'www.facebook.com',
  origin: 'guard',
  excerpt: '<b>TỐI MẬT</b> Số: 12/QĐ-UBND',
  verdict: 'critical',
  found: ['vn-internal-documents/secrecy-stamp'],
  decision: 'edited',
  unclear: [],
};

function setup(overrides: Partial<JournalPanelProps> = {}) {
  const props: JournalPanelProps = {
    entries: [entry],
    enabled: true,
    lang: 'vi',
    onToggle: vi.fn(),
    onDelete: vi.fn(),
    onDeleteAll: vi.fn(),
    onExport: vi.fn(),
    ...overrides,
  };
  render(<JournalPanel {...props} />, document.body);
  const $ = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  return { props, $ };
}

describe('JournalPanel', () => {
  it('lists entries with site, decision and excerpt as text', () => {
    const { $ } = setup();
    const item = $('wr-journal-entry');
    expect(item?.getAttribute('data-entry-id')).toBe('e1');
    expect(item?.textContent).toContain('www.facebook.com');
    expect(item?.textContent).toContain('Đã sửa lại');
    expect(item?.textContent).toContain('<b>TỐI MẬT</b>');
    expect(item?.querySelector('b')).toBeNull();
  });

  it('turns off, deletes one, deletes all (after confirming) and exports', () => {
    vi.stubGlobal('confirm', () => true);
    const { $, props } = setup({ lang: 'en' });
    $('wr-journal-toggle')?.click();
    expect(props.onToggle).toHaveBeenCalledWith(false);
    $('wr-journal-delete')?.click();
    expect(props.onDelete).toHaveBeenCalledWith('e1');
    $('wr-journal-clear')?.click();
    expect(props.onDeleteAll).toHaveBeenCalled();
    $('wr-journal-export-json')?.click();
    $('wr-journal-export-csv')?.click();
    expect(props.onExport).toHaveBeenNthCalledWith(1, 'json');
    expect(props.onExport).toHaveBeenNthCalledWith(2, 'csv');
    vi.unstubAllGlobals();
  });

  it('says when it is off and when it is empty; nothing to export then', () => {
    const { $ } = setup({ entries: [], enabled: false, lang: 'en' });
    expect(document.body.textContent).toContain('The journal is off');
    expect(document.body.textContent).toContain('No checks yet.');
    expect(($('wr-journal-export-csv') as HTMLButtonElement).disabled).toBe(true);
  });
});
