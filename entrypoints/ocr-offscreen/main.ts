import { createBrowserOcrHost } from '../../src/ocr/browser-ocr-host';
import {
  fromBase64,
  isOcrHostReadRequest,
  isOcrHostWarmRequest,
  OCR_HOST_IDLE,
  type OcrWarmResponse,
} from '../../src/ocr/ocr-protocol';

// Chrome's offscreen document (reason WORKERS): a service worker cannot start the OCR worker, this page can.
// It reads what the background hands it and, after a minute without work, ends the worker and asks the
// background to close it (the worker holds ~300 MB). Its only API is runtime messaging.
const host = createBrowserOcrHost((path) => browser.runtime.getURL(path as '/ocr-offscreen.html'), {
  onIdle: () => void browser.runtime.sendMessage({ type: OCR_HOST_IDLE }).catch(() => undefined),
});
// Start the worker now: whoever created this document has an image to read.
host.engine.warm().catch(() => undefined);

browser.runtime.onMessage.addListener((message: unknown) => {
  if (isOcrHostReadRequest(message)) return host.read(fromBase64(message.bytes));
  if (isOcrHostWarmRequest(message))
    return host.engine.warm().then(
      (): OcrWarmResponse => ({ ok: true }),
      (error: unknown): OcrWarmResponse => ({ ok: false, error: 'failed', message: String(error) }),
    );
  return undefined;
});
