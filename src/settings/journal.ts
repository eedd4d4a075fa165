import { browser } from 'wxt/browser';
import { JOURNAL, JOURNAL_ENABLED } from './stored-keys';
import { storedValue, type LocalStorageApi } from './stored-value';
import {
  addEntry,
  completeEntry,
  removeEntry,
  updateEntry,
  type JournalEntry,
  type NewJournalEntry,
} from '../journal/journal-entry';

/**
 * The private journal: only in this browser (storage.local keys `journal` and `journalEnabled`), on by
 * default, never sent anywhere. The popup, the checklist page and the guard's content script all write to it
 * through this file. It talks to the storage API directly rather than through the wxt item library, so the
 * content script (loaded on every Facebook page) can record a decision without carrying that library.
 */

/** The slice of `browser.storage` the journal needs (passed in by tests; the real one by default). */
export type JournalStorageApi = LocalStorageApi;

/** The journal on a given storage API. */
export function createJournal(api: () => JournalStorageApi) {
  const entries = storedValue(api, JOURNAL);
  const enabled = storedValue(api, JOURNAL_ENABLED);
  // Changes run one after another: two decisions in one tick must not overwrite each other.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <R>(change: () => Promise<R>): Promise<R> => {
    const next = queue.then(change, change);
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    entries,
    enabled,
    /**
     * Records one check and what the person decided; does nothing (and returns null) when the journal is
     * off. Never throws: the journal must not stand between a person and their post, so a storage failure
     * is logged and swallowed.
     */
    record(entry: NewJournalEntry, now = Date.now()): Promise<JournalEntry | null> {
      return serially(async () => {
        if (!(await enabled.getValue())) return null;
        const complete = completeEntry(entry, now);
        await entries.setValue(addEntry(await entries.getValue(), complete));
        return complete;
      }).catch((error: unknown) => {
        console.warn('[Wise Reader] journal: could not record', error);
        return null;
      });
    },
    /** Changes one entry (e.g. the questions left unclear, as the person answers them after the check). */
    amend(id: string, patch: Partial<Omit<JournalEntry, 'id'>>): Promise<void> {
      return serially(async () => entries.setValue(updateEntry(await entries.getValue(), id, patch)));
    },
    remove(id: string): Promise<void> {
      return serially(async () => entries.setValue(removeEntry(await entries.getValue(), id)));
    },
    removeAll(): Promise<void> {
      return serially(() => entries.setValue([]));
    },
  };
}

/** The journal on this extension's storage. */
export const journal = createJournal(() => browser.storage as unknown as JournalStorageApi);

/** For the guard's content script: record a decision at the dialog ('edited' or 'posted-anyway'). */
export const recordDecision = (entry: NewJournalEntry, now?: number) => journal.record(entry, now);
export const journalEntries = journal.entries;
export const journalEnabled = journal.enabled;
export const amendEntry = journal.amend;
export const deleteEntry = journal.remove;
export const deleteAllEntries = journal.removeAll;

export type { JournalEntry, NewJournalEntry } from '../journal/journal-entry';
