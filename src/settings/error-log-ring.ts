// The local error log's shape, its writer (the background's, the log's only writer) and the report the
// content script sends instead of writing, without the storage library (the content script imports this; the
// options page reads the item in error-log.ts).
import { maskPersonalNumbers } from '../journal/personal-data-mask';
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
  // Never a number or address that could be someone's (an error message may quote what it failed on).
  const next = [...kept, { ...entry, message: maskPersonalNumbers(entry.message).slice(0, 500) }];
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

/** What a content script sends the background instead of writing the log itself. */
export interface ErrorReport {
  type: 'wr-error-log';
  entry: { at: number; where: string; message: string };
}

/**
 * The log entry a report stands for, if it is one: `where` a short dotted name, the message text, the host
 * the browser says the sender is on (never what the message claims).
 */
export function readErrorReport(value: unknown, host: string | undefined): ErrorLogEntry | null {
  if (typeof value !== 'object' || value === null) return null;
  const { type, entry } = value as { type?: unknown; entry?: unknown };
  if (type !== 'wr-error-log' || typeof entry !== 'object' || entry === null) return null;
  const { at, where, message } = entry as Record<string, unknown>;
  if (typeof where !== 'string' || !/^[\w.-]{1,80}$/.test(where) || typeof message !== 'string') return null;
  return {
    at: typeof at === 'number' && Number.isFinite(at) ? at : Date.now(),
    where,
    message: message.slice(0, 2_000),
    ...(host ? { host } : {}),
  };
}

/** The content script's logger: one report per failure, sent to the background; never throws. */
export function createErrorReporter(
  send: (report: ErrorReport) => Promise<unknown>,
): (entry: ErrorLogEntry) => Promise<void> {
  return async (entry) => {
    try {
      await send({
        type: 'wr-error-log',
        entry: { at: entry.at, where: entry.where, message: entry.message },
      });
    } catch {
      // The background is gone (the extension is updating): nothing to log to, nothing to do.
    }
  };
}
