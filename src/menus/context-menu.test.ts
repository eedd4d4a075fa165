import { describe, expect, it, vi } from 'vitest';
import {
  CHECK_MENU_ID,
  PREFILL_STORAGE_KEY,
  prefillOf,
  registerContextMenu,
  type MenuApi,
  type MenuClick,
} from './context-menu';

function fakeApi() {
  const listeners = {
    installed: [] as (() => void)[],
    startup: [] as (() => void)[],
    clicked: [] as ((info: MenuClick, tab?: { id?: number; index: number }) => void)[],
  };
  const api = {
    contextMenus: {
      create: vi.fn(),
      removeAll: vi.fn(async () => {}),
      onClicked: {
        addListener: (f: (typeof listeners.clicked)[number]) => listeners.clicked.push(f),
        removeListener: (f: (typeof listeners.clicked)[number]) =>
          listeners.clicked.splice(listeners.clicked.indexOf(f), 1),
      },
    },
    runtime: {
      onInstalled: {
        addListener: (f: () => void) => listeners.installed.push(f),
        removeListener: (f: () => void) => listeners.installed.splice(listeners.installed.indexOf(f), 1),
      },
      onStartup: {
        addListener: (f: () => void) => listeners.startup.push(f),
        removeListener: (f: () => void) => listeners.startup.splice(listeners.startup.indexOf(f), 1),
      },
      getURL: (path: string) => `chrome-extension://abc${path}`,
    },
    i18n: { getMessage: () => 'Kiểm tra trước khi chia sẻ' },
    tabs: { create: vi.fn(async () => ({})) },
    storage: { session: { set: vi.fn(async () => {}) } },
  } satisfies MenuApi;
  return { api, listeners };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('context menu', () => {
  it('creates one item for selection, link and image on install and on browser start', async () => {
    const { api, listeners } = fakeApi();
    registerContextMenu(api);
    expect(listeners.startup).toHaveLength(1);
    listeners.installed.forEach((f) => f());
    await tick();
    expect(api.contextMenus.removeAll).toHaveBeenCalled();
    expect(api.contextMenus.create).toHaveBeenCalledWith({
      id: CHECK_MENU_ID,
      title: 'Kiểm tra trước khi chia sẻ',
      contexts: ['selection', 'link', 'image'],
    });
  });

  it('hands the selection over in session storage and opens the checklist next to the tab', async () => {
    const { api, listeners } = fakeApi();
    registerContextMenu(api);
    listeners.clicked.forEach((f) =>
      f(
        { menuItemId: CHECK_MENU_ID, selectionText: 'TỐI MẬT', pageUrl: 'https://x.vn/' },
        { id: 7, index: 2 },
      ),
    );
    await tick();
    expect(api.storage.session.set).toHaveBeenCalledWith({
      [PREFILL_STORAGE_KEY]: { text: 'TỐI MẬT', page: 'https://x.vn/' },
    });
    expect(api.tabs.create).toHaveBeenCalledWith({
      url: 'chrome-extension://abc/checklist.html?from=menu',
      index: 3,
      openerTabId: 7,
    });
  });

  it('ignores other menu items and detaches on abort', () => {
    const { api, listeners } = fakeApi();
    const controller = new AbortController();
    registerContextMenu(api, controller.signal);
    listeners.clicked.forEach((f) => f({ menuItemId: 'other' }));
    expect(api.tabs.create).not.toHaveBeenCalled();
    controller.abort();
    expect(listeners.clicked).toHaveLength(0);
    expect(listeners.installed).toHaveLength(0);
    expect(listeners.startup).toHaveLength(0);
  });

  it('takes links and images', () => {
    expect(prefillOf({ menuItemId: 1, linkUrl: 'https://bit.ly/x' })).toEqual({ link: 'https://bit.ly/x' });
    expect(prefillOf({ menuItemId: 1, srcUrl: 'https://c.vn/a.jpg', mediaType: 'image' })).toEqual({
      image: 'https://c.vn/a.jpg',
    });
    expect(prefillOf({ menuItemId: 1, srcUrl: 'https://c.vn/a.mp4', mediaType: 'video' })).toEqual({});
  });

  it('says which tab and frame an image was right-clicked in, so it can be read there', () => {
    const click = { menuItemId: 1, srcUrl: 'https://c.vn/a.jpg', mediaType: 'image', frameId: 4 };
    expect(prefillOf(click, { id: 17 })).toEqual({
      image: 'https://c.vn/a.jpg',
      imageTab: 17,
      imageFrame: 4,
    });
    expect(prefillOf({ menuItemId: 1, selectionText: 'x', frameId: 4 }, { id: 17 })).toEqual({ text: 'x' });
  });
});
