// The one typed request/response pair between the dialog (content script, which cannot call `history`) and
// the background, which holds the optional `history` permission. Nothing in it carries the draft: only the
// addresses the draft shares, and the answer is one yes/no per address.

export const HISTORY_MESSAGE = 'wr-history';
/** At most this many addresses per question (a draft shares a handful). */
export const MAX_ASKED_URLS = 10;

export type HistoryRequest =
  /** Has this browser opened each of these pages? */
  | { type: typeof HISTORY_MESSAGE; op: 'opened'; urls: readonly string[] }
  /** The person agreed to hear more: open the options page where the permission is asked for. */
  | { type: typeof HISTORY_MESSAGE; op: 'ask' }
  /** The person said no thanks: never offer it in the dialog again. */
  | { type: typeof HISTORY_MESSAGE; op: 'decline' };

/** Without the permission nothing is known about opening; `asked` says whether the dialog already offered it. */
export type OpenedAnswer =
  { permission: 'granted'; opened: boolean[] } | { permission: 'missing'; asked: boolean };

export type HistoryResponse<R extends HistoryRequest = HistoryRequest> = R extends { op: 'opened' }
  ? OpenedAnswer
  : { ok: true };

export function isHistoryRequest(value: unknown): value is HistoryRequest {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown; op?: unknown; urls?: unknown };
  if (message.type !== HISTORY_MESSAGE) return false;
  if (message.op === 'ask' || message.op === 'decline') return true;
  return (
    message.op === 'opened' &&
    Array.isArray(message.urls) &&
    message.urls.length <= MAX_ASKED_URLS &&
    message.urls.every((url) => typeof url === 'string' && url.length <= 4096)
  );
}
