// The background's wiring of image reading: the setting and the organisation's policy decide whether images
// are read; the service (ocr-service.ts) does the rest. `browser` is passed in from entrypoints/background.ts.
import { IMAGE_READING_KEY, imageReadingAllowed, policyReadImages } from '../settings/image-reading';
import type { BrowserOcrHost } from './browser-ocr-host';
import { registerOcrService, type OcrServiceApi } from './ocr-service';

interface BrowserLike extends OcrServiceApi {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    managed: { get(key: string): Promise<Record<string, unknown>> };
  };
}

export function registerImageReading(
  browser: unknown,
  /** Firefox: loads the host that reads in this page (Chrome passes nothing: its offscreen document reads). */
  loadLocalHost?: () => Promise<{ createBrowserOcrHost(url: (path: string) => string): BrowserOcrHost }>,
): void {
  const api = browser as BrowserLike;
  let local: Promise<BrowserOcrHost> | null = null;
  const host = () =>
    (local ??= loadLocalHost!().then((module) =>
      module.createBrowserOcrHost((path) => api.runtime.getURL(path)),
    ));
  const localHost = loadLocalHost
    ? () => ({
        read: async (bytes: Uint8Array) => (await host()).read(bytes),
        warm: async () => (await host()).engine.warm(),
      })
    : undefined;
  registerOcrService({
    api,
    async enabled() {
      const own = (await api.storage.local.get(IMAGE_READING_KEY))[IMAGE_READING_KEY] as boolean | undefined;
      // No managed storage (Firefox without policies.json, or no schema) reads as no policy.
      const policy = await api.storage.managed.get('readImages').catch(() => undefined);
      return imageReadingAllowed(own, policyReadImages(policy));
    },
    ...(localHost ? { localHost } : {}),
    fetch: (url) => fetch(url, { credentials: 'omit' }),
  });
}
