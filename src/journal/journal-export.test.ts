import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, journalFromCsv, journalToCsv, parseCsvRows } from './journal-csv';
import { JOURNAL_DECISIONS, JOURNAL_ORIGINS, type JournalEntry } from './journal-entry';
import { journalFromJson, journalToJson } from './journal-json';

const entry = (overrides: Partial<JournalEntry> = {}): JournalEntry => ({
  id: 'lq2x-00ab12',
  at: Date.UTC(2026, 10, 23, 3, 4, 5),
  site: 'www.facebook.com',
  origin: 'guard',
  excerpt: 'TỐI MẬT Số: 12/QĐ-UBND, "khẩn"',
  verdict: 'critical',
  found: ['vn-internal-documents/secrecy-stamp', 'link:shortener:bit.ly'],
  decision: 'edited',
  unclear: ['source', 'author'],
  ...overrides,
});

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField("'quoted")).toBe("''quoted");
  });

  it('has a header, CRLF rows and a BOM', () => {
    const csv = journalToCsv([entry()]);
    expect(csv.startsWith('\uFEFFid,date,site,origin,verdict,decision,found,unclear,excerpt\r\n')).toBe(true);
    expect(csv).toContain('2026-11-23T03:04:05.000Z');
    expect(parseCsvRows(csv)).toHaveLength(2);
  });

  it('parses back to the same entries', () => {
    const entries = [
      entry(),
      entry({
        id: 'b',
        excerpt: '=1+1, "and"\nmore',
        found: [],
        unclear: [],
        origin: 'popup',
        decision: 'checked-by-hand',
      }),
      entry({ id: 'c', site: '', excerpt: '', verdict: 'clean' }),
    ];
    expect(journalFromCsv(journalToCsv(entries))).toEqual(entries);
  });

  it('round-trips any entry (property)', () => {
    // Rule ids and question ids: no spaces (the CSV keeps lists space-separated in one cell).
    const token = fc.string({ unit: fc.constantFrom(...'abcxyz019:./-'), minLength: 1, maxLength: 20 });
    const arbitraryEntry = fc.record<JournalEntry>({
      id: fc.string({ unit: fc.constantFrom(...'abc019-'), minLength: 1, maxLength: 12 }),
      at: fc.integer({ min: 0, max: 4_000_000_000_000 }),
      site: fc.string({ maxLength: 30 }),
      origin: fc.constantFrom(...JOURNAL_ORIGINS),
      excerpt: fc.string({ unit: 'binary', maxLength: 80 }),
      verdict: fc.constantFrom('clean', 'review', 'critical'),
      found: fc.array(token, { maxLength: 4 }),
      decision: fc.constantFrom(...JOURNAL_DECISIONS),
      unclear: fc.array(token, { maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryEntry, { maxLength: 5 }), (entries) => {
        expect(journalFromCsv(journalToCsv(entries))).toEqual(entries);
      }),
    );
    // A generous limit: the suite runs many files in parallel on a shared machine.
  }, 30_000);

  it('refuses a file that is not a journal', () => {
    expect(() => journalFromCsv('a,b\r\n1,2\r\n')).toThrow(/not a Wise Reader journal/);
  });
});

describe('JSON export', () => {
  it('parses back to the same entries', () => {
    const entries = [entry(), entry({ id: 'x', excerpt: 'chữ "có" dấu' })];
    const json = journalToJson(entries, Date.UTC(2026, 0, 1));
    expect(JSON.parse(json).format).toBe('wise-reader-journal');
    expect(journalFromJson(json)).toEqual(entries);
  });

  it('refuses other JSON', () => {
    expect(() => journalFromJson('{"entries": []}')).toThrow();
  });
});
