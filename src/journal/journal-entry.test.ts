import { describe, expect, it } from 'vitest';
import {
  addEntry,
  completeEntry,
  removeEntry,
  shortExcerpt,
  updateEntry,
  type JournalEntry,
} from './journal-entry';

const base = {
  site: 'chat.zalo.me',
  origin: 'guard' as const,
  excerpt: 'hello',
  verdict: 'review' as const,
  found: [],
  decision: 'posted-anyway' as const,
};

describe('journal entries', () => {
  it('fills in id, time and unclear', () => {
    const entry = completeEntry(base, 1000, () => 0.5);
    expect(entry.at).toBe(1000);
    expect(entry.id).toMatch(/^rs-[0-9a-z]{6}$/);
    expect(entry.unclear).toEqual([]);
  });

  it('keeps excerpts short and on one line, never splitting an emoji', () => {
    expect(shortExcerpt('  a\n\nb  ')).toBe('a b');
    const long = '😀'.repeat(100);
    const cut = shortExcerpt(long, 10);
    expect(Array.from(cut)).toHaveLength(10);
    expect(cut.endsWith('😀…')).toBe(true);
  });

  it('adds newest first, caps the size, updates and removes by id', () => {
    let entries: JournalEntry[] = [];
    for (let i = 0; i < 5; i++) entries = addEntry(entries, completeEntry({ ...base, id: `e${i}` }, i), 3);
    expect(entries.map((e) => e.id)).toEqual(['e4', 'e3', 'e2']);
    entries = updateEntry(entries, 'e3', { unclear: ['source'] });
    expect(entries[1]?.unclear).toEqual(['source']);
    expect(removeEntry(entries, 'e3').map((e) => e.id)).toEqual(['e4', 'e2']);
  });
});
