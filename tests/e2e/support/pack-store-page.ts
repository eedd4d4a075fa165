import type { BrowserContext, Page, Worker } from '@playwright/test';
import { serviceWorkerOf } from './extension';

// Inside evaluate() callbacks: the extension's own `chrome` API (never touched by the test process itself).
declare const chrome: {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

/** The options page of the loaded extension. */
export async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  return page;
}

/** The ids of the packs in the active rule set, as the content script reads them. */
export async function activePackIds(context: BrowserContext): Promise<string[]> {
  const worker: Worker = await serviceWorkerOf(context);
  return worker.evaluate(async () => {
    const { activeRules } = (await chrome.storage.local.get('activeRules')) as {
      activeRules?: { packs: { id: string }[] } | null;
    };
    return (activeRules?.packs ?? []).map((p) => p.id).sort();
  });
}
