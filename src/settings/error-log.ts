import { createErrorLogWriter as createWriter, type ErrorLogEntry } from './error-log-ring';
import { ERROR_LOG } from './stored-keys';
import { typedItem } from './typed-item';

export * from './error-log-ring';

/** Storage key `local:errorLog`: a ring buffer of the last ERROR_LOG_CAP entries, newest last (see error-log-ring). */
export const errorLog = typedItem(ERROR_LOG);

/** A writer on the storage item (options/background); the content script builds one on the raw storage API. */
export const createErrorLogItemWriter = (): ((entry: ErrorLogEntry) => Promise<void>) =>
  createWriter(errorLog);
