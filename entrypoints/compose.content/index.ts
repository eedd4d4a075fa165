export default defineContentScript({
  matches: [
    'https://www.facebook.com/*',
    'https://web.facebook.com/*',
    'https://m.facebook.com/*',
    'https://www.tiktok.com/*',
    'https://chat.zalo.me/*',
  ],
  runAt: 'document_start',
  allFrames: true,
  main() {
    // The guard is wired here (src/guard); this shell only proves the match patterns.
  },
});
