/**
 * The pages the guard runs on, as extension match patterns: the content script's `matches` and the pages that
 * may load its deferred engine and dialog scripts (web_accessible_resources) are the same list.
 * m.facebook.com is the mobile site; web.facebook.com is served in some regions instead of www.
 */
export const GUARDED_PAGE_MATCHES = [
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
  'https://m.facebook.com/*',
  'https://www.tiktok.com/*',
  'https://chat.zalo.me/*',
];
