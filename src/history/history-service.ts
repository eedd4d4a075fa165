import { articleKey, historySearchText } from './article-address';
import type { HistoryRequest, HistoryResponse, OpenedAnswer } from './history-messages';

/** What the background gives the service: the browser's history API, the permission, a stored flag. */
export interface HistoryAccess {
  /** Whether the optional `history` permission is granted now. */
  granted(): Promise<boolean>;
  /** `history.search` with the given text over all time. */
  search(text: string): Promise<readonly { url?: string }[]>;
  /** Whether the dialog has offered the permission once (answered either way). */
  asked: { get(): Promise<boolean>; set(value: boolean): Promise<void> };
  /** Opens the options page at its "read before you share" section. */
  openPermissionPage(): Promise<void>;
}

/** How many history entries one lookup reads at most (it is narrowed by the article's own words). */
const SEARCH_LIMIT = 200;

/**
 * Answers the dialog's questions about opened pages in the background. A page counts as opened when some
 * history entry has the same article key (src/history/article-address.ts); nothing is requested from the
 * shared address and nothing leaves the browser.
 */
export function createHistoryService(access: HistoryAccess) {
  async function opened(urls: readonly string[]): Promise<OpenedAnswer> {
    if (!(await access.granted())) return { permission: 'missing', asked: await access.asked.get() };
    const answers = await Promise.all(
      urls.map(async (url) => {
        const key = articleKey(url);
        const text = historySearchText(url);
        if (!key || !text) return false;
        const entries = await access.search(text);
        return entries.slice(0, SEARCH_LIMIT).some((entry) => entry.url && articleKey(entry.url) === key);
      }),
    );
    return { permission: 'granted', opened: answers };
  }

  async function handle<R extends HistoryRequest>(request: R): Promise<HistoryResponse<R>>;
  async function handle(request: HistoryRequest): Promise<HistoryResponse> {
    switch (request.op) {
      case 'opened':
        return opened(request.urls);
      case 'ask':
        await access.asked.set(true);
        await access.openPermissionPage();
        return { ok: true };
      case 'decline':
        await access.asked.set(true);
        return { ok: true };
    }
  }

  return { handle };
}
