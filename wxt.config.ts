import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// WXT keeps srcDir at the root: entrypoints/ and public/ sit at the top, src/ is a plain library.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    permissions: ['storage', 'contextMenus', 'alarms', 'activeTab', 'scripting'],
    // The guard's dialog script, imported by the content script on first need (src/guard/deferred-ui.ts);
    // content scripts can only import() extension files that are web-accessible on that page.
    web_accessible_resources: [
      {
        resources: ['guard-ui.js'],
        matches: [
          'https://www.facebook.com/*',
          'https://web.facebook.com/*',
          'https://m.facebook.com/*',
          'https://www.tiktok.com/*',
          'https://chat.zalo.me/*',
        ],
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'wise-reader@wise-reader.vn',
              // 140 (ESR) is the first to know data_collection_permissions.
              strict_min_version: '140.0',
              // Nothing is collected or transmitted: drafts stay in the browser (DESIGN.md, Principles).
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
