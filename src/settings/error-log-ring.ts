// The local error log's shape and its writer, without the storage library (the content script imports this;
// the options page reads the item in error-log.ts).

/** One failure the extension caught and stepped aside from (fail open). Never holds draft text. */
export interface ErrorLogEntry {
  /** ms since epoch */
  at: number;
  /** Which part failed, e.g. `guard.press`, `sites.facebook`, `guard.badge`. */
  where: string;
  message: string;
  /** The page's host name (no path, no query: the address could carry personal data). */
  host?: string;
  /** A store message id and its data, so the options page can show the entry in its language. */
  code?: string;
  data?: Record<string, string | number>;
}

export const ERROR_LOG_CAP = 50;

/** Appends to a log, dropping the oldest entries beyond the cap. Pure, for the writer and its tests. */
export function appendToLog(
  log: readonly ErrorLogEntry[],
  entry: ErrorLogEntry,
  cap = ERROR_LOG_CAP,
): ErrorLogEntry[] {
  // A damaged stored log (not a list) starts again rather than making every later failure a second one.
  const kept = Array.isArray(log) ? log : [];
  const next = [...kept, { ...entry, message: entry.message.slice(0, 500) }];
  return next.length > cap ? next.slice(next.length - cap) : next;
}

/**
 * A writer that serialises appends (two failures in one tick must not overwrite each other) and never throws:
 * logging a failure must not become a second failure.
 */
export function createErrorLogWriter(item: {
  getValue(): Promise<ErrorLogEntry[]>;
  setValue(value: ErrorLogEntry[]): Promise<void>;
}): (entry: ErrorLogEntry) => Promise<void> {
  let queue: Promise<void> = Promise.resolve();
  return (entry) => {
    queue = queue
      .then(async () => item.setValue(appendToLog((await item.getValue()) ?? [], entry)))
      .catch(() => undefined);
    return queue;
  };
}
