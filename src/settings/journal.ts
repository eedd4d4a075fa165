import { storage } from 'wxt/utils/storage';
import {
  addEntry,
  completeEntry,
  removeEntry,
  updateEntry,
  type JournalEntry,
  type NewJournalEntry,
} from '../journal/journal-entry';

/**
 * The private journal: only in this browser (storage.local), on by default, never sent anywhere. The
 * popup, the checklist page and the guard's content script all write to it through the functions below.
 */
export const journalEnabled = storage.defineItem<boolean>('local:journalEnabled', {
  fallback: true,
  version: 1,
});

export const journalEntries = storage.defineItem<JournalEntry[]>('local:journal', {
  fallback: [],
  version: 1,
});

/**
 * Records one check and what the person decided; does nothing (and returns null) when the journal is off.
 * Safe to call from the guard's content script. Never throws: the journal must not stand between a
 * person and their post, so a storage failure is logged and swallowed.
 */
export async function recordDecision(entry: NewJournalEntry, now = Date.now()): Promise<JournalEntry | null> {
  try {
    if (!(await journalEnabled.getValue())) return null;
    const complete = completeEntry(entry, now);
    await journalEntries.setValue(addEntry(await journalEntries.getValue(), complete));
    return complete;
  } catch (error) {
    console.warn('[Wise Reader] journal: could not record', error);
    return null;
  }
}

/** Changes one entry (e.g. the questions left unclear, as the person answers them after the check). */
export async function amendEntry(id: string, patch: Partial<Omit<JournalEntry, 'id'>>): Promise<void> {
  await journalEntries.setValue(updateEntry(await journalEntries.getValue(), id, patch));
}

export async function deleteEntry(id: string): Promise<void> {
  await journalEntries.setValue(removeEntry(await journalEntries.getValue(), id));
}

export async function deleteAllEntries(): Promise<void> {
  await journalEntries.setValue([]);
}

/** Everything the checklist page needs from the journal, in one object. */
export const journal = {
  entries: journalEntries,
  enabled: journalEnabled,
  record: recordDecision,
  amend: amendEntry,
  remove: deleteEntry,
  removeAll: deleteAllEntries,
};

export type { JournalEntry, NewJournalEntry } from '../journal/journal-entry';
