import { createAttachedPictures, type PictureReadings } from '../src/guard/attached-pictures';

/** What this script hands to the content script (through the isolated world's global). */
export type GuardPicturesModule = () => PictureReadings;

// The reader of pictures attached to posts (src/guard/attached-pictures.ts), kept out of the content script
// that runs on every page: compose.content imports it the first time a picture is attached on a guarded
// surface or a press carries one (src/guard/deferred-pictures.ts). It runs in the content script's isolated
// world; the pictures' bytes go to the background only (src/ocr), never off the computer.
export default defineUnlistedScript(() => {
  const pageWindow = (globalThis as { content?: { fetch?: typeof fetch } }).content;
  const create: GuardPicturesModule = () =>
    createAttachedPictures({
      send: (message) => browser.runtime.sendMessage(message),
      // Firefox: a content script's own fetch runs under the extension's principal, which may not read the
      // page's blob: addresses (a send-preview's picture); `content.fetch` fetches as the page does.
      fetch: (url) => (pageWindow?.fetch ? pageWindow.fetch(url) : fetch(url)),
      now: () => performance.now(),
    });
  (globalThis as { __wiseReaderPictures?: GuardPicturesModule }).__wiseReaderPictures = create;
});
