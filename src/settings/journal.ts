import { browser } from 'wxt/browser';
import { JOURNAL, JOURNAL_ENABLED, JOURNAL_RETENTION_DAYS } from './stored-keys';
import { storedValue, type LocalStorageApi, type StoredValue } from './stored-value';
import {
  addEntry,
  completeEntry,
  removeEntry,
  updateEntry,
  type JournalEntry,
  type NewJournalEntry,
} from '../journal/journal-entry';
import type { JournalMessage } from '../journal/journal-messages';
import { maskPersonalNumbers } from '../journal/personal-data-mask';

/**
 * The private journal: only in this browser (storage.local keys `journal`, `journalEnabled` and
 * `journalRetentionDays`), on by default, never sent anywhere. The background is its only writer
 * (createJournal); the guard's content script and the popup and checklist pages hold a client
 * (createJournalClient) that reads the entries and sends each change to the background as a message, which
 * the background checks (src/journal/journal-messages.ts). It talks to the storage API directly rather than
 * through the wxt item library, so the content script (loaded on every Facebook page) stays small.
 */

/** The slice of `browser.storage` the journal needs (passed in by tests; the real one by default). */
export type JournalStorageApi = LocalStorageApi;

export const JOURNAL_RETENTION_KEY = JOURNAL_RETENTION_DAYS.key;

/** Entries older than this many days are deleted (at start and daily); the person can choose another. */
export const DEFAULT_RETENTION_DAYS = JOURNAL_RETENTION_DAYS.fallback;
export const RETENTION_CHOICES = [7, 30, 90, 365] as const;

const DAY = 86_400_000;

function entriesItem(api: () => JournalStorageApi): StoredValue<JournalEntry[]> {
  const raw = storedValue(api, JOURNAL);
  // A damaged stored value (not a list) reads as an empty journal rather than breaking every reader.
  const valid = (value: unknown): JournalEntry[] => (Array.isArray(value) ? (value as JournalEntry[]) : []);
  return {
    getValue: async () => valid(await raw.getValue()),
    setValue: (value) => raw.setValue(value),
    watch: (callback) => raw.watch((value) => callback(valid(value))),
  };
}

/** How many days entries are kept: a whole number of days, at least one; anything else is the default. */
export function retentionDays(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : DEFAULT_RETENTION_DAYS;
}

/** The journal's writer, on a given storage API: the background's, and nothing else's. */
export function createJournal(api: () => JournalStorageApi) {
  const entries = entriesItem(api);
  const enabled = storedValue(api, JOURNAL_ENABLED);
  const retention = storedValue(api, JOURNAL_RETENTION_DAYS);
  // Changes run one after another: two decisions in one tick must not overwrite each other.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <R>(change: () => Promise<R>): Promise<R> => {
    const next = queue.then(change, change);
    queue = next.catch(() => undefined);
    return next;
  };

  const journal = {
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
    /**
     * Deletes entries older than the retention setting, and masks once more what entries stored by earlier
     * versions may hold (long numbers, e-mail addresses). Runs at start and daily; writes only on a change.
     */
    tidy(now = Date.now()): Promise<void> {
      return serially(async () => {
        const keepFrom = now - retentionDays(await retention.getValue()) * DAY;
        const before = await entries.getValue();
        const after = before
          .filter((entry) => typeof entry?.at === 'number' && entry.at >= keepFrom)
          .map((entry) =>
            typeof entry.excerpt === 'string'
              ? { ...entry, excerpt: maskPersonalNumbers(entry.excerpt) }
              : entry,
          );
        if (JSON.stringify(after) !== JSON.stringify(before)) await entries.setValue(after);
      });
    },
    /** Carries out a command a client sent (already checked by readJournalMessage). */
    async run(message: JournalMessage): Promise<JournalEntry | null> {
      switch (message.command) {
        case 'record':
          return journal.record(message.entry);
        case 'amend':
          await journal.amend(message.id, { unclear: message.unclear });
          return null;
        case 'remove':
          await journal.remove(message.id);
          return null;
        case 'remove-all':
          await journal.removeAll();
          return null;
      }
    },
  };
  return journal;
}

/**
 * The journal as the pages and the guard use it: entries and switches read from storage, every change of
 * the entries sent to the background (`send`, runtime.sendMessage). Recording never throws.
 */
export function createJournalClient(
  api: () => JournalStorageApi,
  send: (message: JournalMessage) => Promise<unknown>,
) {
  return {
    entries: entriesItem(api),
    enabled: storedValue(api, JOURNAL_ENABLED),
    retentionDays: storedValue(api, JOURNAL_RETENTION_DAYS),
    async record(entry: NewJournalEntry): Promise<JournalEntry | null> {
      try {
        const stored = await send({ type: 'wr-journal', command: 'record', entry });
        return stored && typeof stored === 'object' ? (stored as JournalEntry) : null;
      } catch (error) {
        console.warn('[Wise Reader] journal: could not record', error);
        return null;
      }
    },
    async amend(id: string, patch: { unclear: string[] }): Promise<void> {
      await send({ type: 'wr-journal', command: 'amend', id, unclear: patch.unclear });
    },
    async remove(id: string): Promise<void> {
      await send({ type: 'wr-journal', command: 'remove', id });
    },
    async removeAll(): Promise<void> {
      await send({ type: 'wr-journal', command: 'remove-all' });
    },
  };
}

/** The journal of this extension, for its pages and the guard's UI script. */
export const journal = createJournalClient(
  () => browser.storage as unknown as JournalStorageApi,
  (message) => browser.runtime.sendMessage(message),
);

/** For the guard's UI script: record a decision at the dialog ('edited' or 'posted-anyway'). */
export const recordDecision = (entry: NewJournalEntry) => journal.record(entry);
export const journalEntries = journal.entries;
export const journalEnabled = journal.enabled;
export const journalRetentionDays = journal.retentionDays;

export type { JournalEntry, NewJournalEntry } from '../journal/journal-entry';
