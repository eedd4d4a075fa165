import type { Verdict } from '../engine/types';
import {
  JOURNAL_DECISIONS,
  JOURNAL_ORIGINS,
  type JournalDecision,
  type JournalEntry,
  type JournalOrigin,
} from './journal-entry';

/** Column order of the CSV export; `date` is ISO 8601 UTC so spreadsheets sort it as text. */
export const CSV_COLUMNS = [
  'id',
  'date',
  'site',
  'origin',
  'verdict',
  'decision',
  'found',
  'unclear',
  'excerpt',
];

/**
 * Quotes one field (RFC 4180): fields with a comma, quote or line break are quoted and quotes doubled.
 * A field that a spreadsheet would read as a formula (= + - @, tab, CR) gets a leading apostrophe, so an
 * excerpt from a hostile post cannot run as a formula when the export is opened; a field that already
 * starts with an apostrophe gets one too, so parsing can always strip exactly one and round-trip.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r']/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function unguard(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}

/** Lists inside one cell are separated by spaces: rule ids, verdicts and question ids never contain one. */
const joinList = (items: readonly string[]) => items.join(' ');
const splitList = (cell: string) => (cell === '' ? [] : cell.split(' '));

export function journalToCsv(entries: readonly JournalEntry[]): string {
  const rows = entries.map((entry) =>
    [
      entry.id,
      new Date(entry.at).toISOString(),
      entry.site,
      entry.origin,
      entry.verdict,
      entry.decision,
      joinList(entry.found),
      joinList(entry.unclear),
      entry.excerpt,
    ]
      .map(csvField)
      .join(','),
  );
  // CRLF as RFC 4180 asks; a BOM so spreadsheet programs read the Vietnamese as UTF-8.
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** Splits CSV text into rows of fields (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
export function parseCsvRows(text: string): string[][] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], column: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new Error(`CSV: unknown ${column} "${value}"`);
  return value as T;
}

/** Reads an exported CSV back into entries (the round-trip test proves the export loses nothing). */
export function journalFromCsv(text: string): JournalEntry[] {
  const [header, ...rows] = parseCsvRows(text);
  if (!header || header.join(',') !== CSV_COLUMNS.join(','))
    throw new Error('CSV: not a Wise Reader journal');
  return rows.map((raw) => {
    const cells = raw.map(unguard);
    const cell = (name: string) => cells[CSV_COLUMNS.indexOf(name)] ?? '';
    const at = Date.parse(cell('date'));
    if (Number.isNaN(at)) throw new Error(`CSV: bad date "${cell('date')}"`);
    return {
      id: cell('id'),
      at,
      site: cell('site'),
      origin: oneOf<JournalOrigin>(cell('origin'), JOURNAL_ORIGINS, 'origin'),
      excerpt: cell('excerpt'),
      verdict: oneOf<Verdict>(cell('verdict'), ['clean', 'review', 'critical'], 'verdict'),
      found: splitList(cell('found')),
      decision: oneOf<JournalDecision>(cell('decision'), JOURNAL_DECISIONS, 'decision'),
      unclear: splitList(cell('unclear')),
    };
  });
}
