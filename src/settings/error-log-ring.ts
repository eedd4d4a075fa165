// The local error log's shape and its writer, without the storage library (the content script imports this;
// the options page reads the item in error-log.ts).
import type { StoredValue } from './stored-value';

/** One failure the extension caught and stepped aside from (fail open). Never holds draft text. */
export interface ErrorLogEntry {
  /** ms since epoch */
  at: number;
  /** Which part failed, e.g. `guard.press`, `sites.facebook`, `guard.badge`. */
  where: string;
  message: string;
  /** The page's host name (no path, no query: the address could carry personal data). */
  host?: string;
}

export const ERROR_LOG_CAP = 50;

/** Appends to a log, dropping the oldest entries beyond the cap. Pure, for the writer and its tests. */
export function appendToLog(
  log: readonly ErrorLogEntry[],
  entry: ErrorLogEntry,
  cap = ERROR_LOG_CAP,
): ErrorLogEntry[] {
  const next = [...log, { ...entry, message: entry.message.slice(0, 500) }];
  return next.length > cap ? next.slice(next.length - cap) : next;
}

/**
 * A writer that serialises appends (two failures in one tick must not overwrite each other) and never throws:
 * logging a failure must not become a second failure.
 */
export function createErrorLogWriter(
  item: Pick<StoredValue<ErrorLogEntry[]>, 'getValue' | 'setValue'>,
): (entry: ErrorLogEntry) => Promise<void> {
  let queue: Promise<void> = Promise.resolve();
  return (entry) => {
    queue = queue
      .then(async () => item.setValue(appendToLog((await item.getValue()) ?? [], entry)))
      .catch(() => undefined);
    return queue;
  };
}
