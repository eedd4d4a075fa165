import type { JournalEntry } from './journal-entry';

/** The JSON export: a small envelope so a later version can tell what it is reading. */
export interface JournalExport {
  format: 'wise-reader-journal';
  version: 1;
  exportedAt: string;
  entries: JournalEntry[];
}

export function journalToJson(entries: readonly JournalEntry[], now: number): string {
  const body: JournalExport = {
    format: 'wise-reader-journal',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    entries: [...entries],
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

export function journalFromJson(text: string): JournalEntry[] {
  const body = JSON.parse(text) as Partial<JournalExport>;
  if (body.format !== 'wise-reader-journal' || !Array.isArray(body.entries)) {
    throw new Error('JSON: not a Wise Reader journal');
  }
  return body.entries;
}
