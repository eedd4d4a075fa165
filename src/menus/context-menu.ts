import type { ChecklistPrefill } from '../ui/checklist/checklist-state';

/**
 * "Check before sharing" on selected text, a link or an image: opens the checklist page with it filled in.
 * The browser API is passed in (only entrypoints touch `browser`), described here by the little this needs.
 */
export const CHECK_MENU_ID = 'wise-reader-check-before-sharing';

/** The session-storage key that hands the right-clicked content to the checklist page. */
export const PREFILL_STORAGE_KEY = 'checklistPrefill';
/** The checklist page reads the hand-over when opened with this query. */
export const PREFILL_QUERY = 'from=menu';

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  linkUrl?: string;
  srcUrl?: string;
  mediaType?: string;
  pageUrl?: string;
  frameId?: number;
}

type MenuContext = 'selection' | 'link' | 'image';

interface Listenable<F> {
  addListener(callback: F): void;
  removeListener(callback: F): void;
}

export interface MenuApi {
  contextMenus: {
    create(properties: { id: string; title: string; contexts: [MenuContext, ...MenuContext[]] }): unknown;
    removeAll(): Promise<void> | void;
    onClicked: Listenable<(info: MenuClick, tab?: { id?: number; index: number }) => void>;
  };
  runtime: {
    onInstalled: Listenable<() => void>;
    onStartup: Listenable<() => void>;
    getURL(path: '/checklist.html'): string;
  };
  i18n: { getMessage(name: 'menuCheckBeforeSharing'): string };
  tabs: { create(properties: { url: string; index?: number; openerTabId?: number }): Promise<unknown> };
  storage: { session: { set(items: Record<string, unknown>): Promise<void> } };
}

/**
 * What was right-clicked, as the checklist page takes it. For an image, the tab and frame it is in: the
 * checklist reads the image's text, and an image that cannot be fetched by its address (another site's
 * picture) is read in that page, which the click gave the extension access to (activeTab).
 */
export function prefillOf(info: MenuClick, tab?: { id?: number }): ChecklistPrefill {
  const prefill: ChecklistPrefill = {};
  if (info.selectionText) prefill.text = info.selectionText;
  if (info.linkUrl) prefill.link = info.linkUrl;
  if (info.srcUrl && (info.mediaType === 'image' || !info.mediaType)) {
    prefill.image = info.srcUrl;
    if (tab?.id !== undefined) {
      prefill.imageTab = tab.id;
      if (info.frameId !== undefined) prefill.imageFrame = info.frameId;
    }
  }
  if (info.pageUrl) prefill.page = info.pageUrl;
  return prefill;
}

/** Registers the menu item and its click handler; abort the signal to take them away again. */
export function registerContextMenu(api: MenuApi, signal?: AbortSignal): void {
  // removeAll first: onInstalled also fires on update, and a second create with the same id is an error;
  // one after another, so two events close together cannot interleave remove and create.
  let queue: Promise<void> = Promise.resolve();
  const create = () => {
    queue = queue
      .then(async () => {
        await api.contextMenus.removeAll();
        api.contextMenus.create({
          id: CHECK_MENU_ID,
          title: api.i18n.getMessage('menuCheckBeforeSharing'),
          contexts: ['selection', 'link', 'image'],
        });
      })
      .catch((error: unknown) => console.warn('[Wise Reader] context menu:', error));
    return queue;
  };
  // Chrome keeps menu items across restarts, Firefox's persistent MV2 background does not: so the item is
  // made on install/update and again on every browser start.
  const onInstalled = () => void create();
  const onClicked = (info: MenuClick, tab?: { id?: number; index: number }) => {
    if (info.menuItemId !== CHECK_MENU_ID) return;
    void openChecklist(api, prefillOf(info, tab), tab);
  };
  api.runtime.onInstalled.addListener(onInstalled);
  api.runtime.onStartup.addListener(onInstalled);
  api.contextMenus.onClicked.addListener(onClicked);
  signal?.addEventListener('abort', () => {
    api.runtime.onInstalled.removeListener(onInstalled);
    api.runtime.onStartup.removeListener(onInstalled);
    api.contextMenus.onClicked.removeListener(onClicked);
  });
}

/**
 * Session storage, not the address: the selected text then never lands in the browser's history, and it
 * is gone when the browser closes. The page removes it once read.
 */
export async function openChecklist(
  api: Pick<MenuApi, 'runtime' | 'tabs' | 'storage'>,
  prefill: ChecklistPrefill,
  tab?: { id?: number; index: number },
): Promise<void> {
  await api.storage.session.set({ [PREFILL_STORAGE_KEY]: prefill });
  await api.tabs.create({
    url: `${api.runtime.getURL('/checklist.html')}?${PREFILL_QUERY}`,
    ...(tab ? { index: tab.index + 1, ...(tab.id !== undefined ? { openerTabId: tab.id } : {}) } : {}),
  });
}
