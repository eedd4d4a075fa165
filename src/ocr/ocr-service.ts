// The background's part in image reading: answers `wr-ocr/read` from the extension's pages and content
// scripts. Chrome: hands the bytes to the offscreen document that hosts the worker (created on first need,
// closed when it reports a minute idle). Firefox: reads in the background page itself, one image per message
// (its idle cut-off ends longer work). The browser API is passed in: only entrypoints touch `browser`.
import {
  fromBase64,
  isOcrOnRequest,
  isOcrReadRequest,
  isOcrResponse,
  isOcrWarmRequest,
  MAX_IMAGE_BYTES,
  OCR_HOST_IDLE,
  OCR_HOST_READ,
  OCR_HOST_WARM,
  toBase64,
  type ImageSource,
  type OcrOnResponse,
  type OcrResponse,
  type OcrWarmResponse,
} from './ocr-protocol';
import type { OcrHost } from './ocr-host';

export const OFFSCREEN_PATH = '/ocr-offscreen.html';

interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface OcrServiceApi {
  runtime: {
    id: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(callback: (message: unknown, sender: Sender) => Promise<unknown> | undefined): void;
    };
  };
  /** Chrome only. */
  offscreen?: {
    createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
    closeDocument(): Promise<void>;
    hasDocument?(): Promise<boolean>;
  };
  scripting?: {
    executeScript(options: {
      target: { tabId: number; frameIds?: number[] };
      func: (url: string) => Promise<string | null>;
      args: [string];
    }): Promise<{ result?: unknown }[]>;
  };
}

export interface OcrServiceOptions {
  api: OcrServiceApi;
  /** Image reading is on (the option and the organisation's policy). */
  enabled(): Promise<boolean>;
  /** Firefox: the host in this page (created on first need). Absent: the offscreen document. */
  localHost?: () => OcrHost & { warm(): Promise<void> };
  fetch(url: string): Promise<Response>;
}

/**
 * Runs in the page the image was right-clicked on: its bytes as base64, or null. Self-contained (it is
 * serialised into the page by scripting.executeScript), hence its own base64 encoder.
 */
async function grabImageInPage(url: string): Promise<string | null> {
  const encode = (bytes: Uint8Array) => {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
      binary += String.fromCharCode(...bytes.subarray(i, Math.min(bytes.length, i + 0x8000)));
    return btoa(binary);
  };
  try {
    // Same-origin, blob: and data: addresses, and servers that allow it, can be fetched from the page.
    const response = await fetch(url);
    if (response.ok) return encode(new Uint8Array(await response.arrayBuffer()));
  } catch {
    // Fall through to the image on the page.
  }
  for (const img of Array.from(document.images)) {
    if ((img.currentSrc !== url && img.src !== url) || !img.complete || img.naturalWidth === 0) continue;
    try {
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      canvas.getContext('2d')?.drawImage(img, 0, 0);
      const data = canvas.toDataURL('image/png');
      return data.slice(data.indexOf(',') + 1);
    } catch {
      // A picture from another site without CORS taints the canvas: it cannot be read here.
    }
  }
  return null;
}

function failure(error: Extract<OcrResponse, { ok: false }>['error'], message: string): OcrResponse {
  return { ok: false, error, message };
}

export function registerOcrService(options: OcrServiceOptions): void {
  const { api } = options;
  let creating: Promise<void> | null = null;

  const ensureOffscreen = async (): Promise<void> => {
    const offscreen = api.offscreen;
    if (!offscreen) throw new Error('no offscreen documents in this browser');
    if (offscreen.hasDocument && (await offscreen.hasDocument())) return;
    creating ??= offscreen
      .createDocument({
        url: api.runtime.getURL(OFFSCREEN_PATH),
        reasons: ['WORKERS'],
        justification: 'Reads text in images on this computer (OCR in a web worker).',
      })
      .catch((error: unknown) => {
        // Created meanwhile by another request: that is fine.
        if (!String(error).includes('single offscreen')) throw error;
      })
      .finally(() => (creating = null));
    await creating;
  };

  const bytesOf = async (image: ImageSource): Promise<string | OcrResponse> => {
    if ('bytes' in image) return image.bytes;
    try {
      const response = await options.fetch(image.url);
      if (response.ok) {
        const bytes = new Uint8Array(await response.arrayBuffer());
        if (bytes.length > MAX_IMAGE_BYTES) return failure('too-large', `${bytes.length} bytes`);
        return toBase64(bytes);
      }
    } catch {
      // Not fetchable from here (another site's image without CORS): read it in its page.
    }
    if (image.tabId !== undefined && api.scripting) {
      try {
        const [frame] = await api.scripting.executeScript({
          target: {
            tabId: image.tabId,
            ...(image.frameId !== undefined ? { frameIds: [image.frameId] } : {}),
          },
          func: grabImageInPage,
          args: [image.url],
        });
        if (typeof frame?.result === 'string') return frame.result;
      } catch {
        // The tab is gone or no longer ours to read.
      }
    }
    return failure('unavailable', 'the image could not be fetched or read from its page');
  };

  const read = async (image: ImageSource): Promise<OcrResponse> => {
    if (!(await options.enabled())) return failure('off', 'image reading is switched off');
    const bytes = await bytesOf(image);
    if (typeof bytes !== 'string') return bytes;
    if (options.localHost) return options.localHost().read(fromBase64(bytes));
    await ensureOffscreen();
    const answer = await api.runtime.sendMessage({ type: OCR_HOST_READ, bytes });
    return isOcrResponse(answer) ? answer : failure('failed', 'no answer from the OCR document');
  };

  const warm = async (): Promise<OcrWarmResponse> => {
    if (!(await options.enabled()))
      return { ok: false, error: 'off', message: 'image reading is switched off' };
    if (options.localHost) await options.localHost().warm();
    else {
      await ensureOffscreen();
      const answer = (await api.runtime.sendMessage({ type: OCR_HOST_WARM })) as OcrWarmResponse | undefined;
      if (!answer?.ok)
        return answer ?? { ok: false, error: 'failed', message: 'no answer from the OCR document' };
    }
    return { ok: true };
  };

  api.runtime.onMessage.addListener((message, sender) => {
    if (isOcrOnRequest(message) && sender.id === api.runtime.id)
      return options.enabled().then(
        (on): OcrOnResponse => ({ on }),
        // Not knowing is not permission: nothing is read.
        (): OcrOnResponse => ({ on: false }),
      );
    if (isOcrWarmRequest(message) && sender.id === api.runtime.id)
      return warm().catch((error: unknown): OcrWarmResponse => ({
        ok: false,
        error: 'failed',
        message: error instanceof Error ? error.message : String(error),
      }));
    if (
      typeof message === 'object' &&
      message !== null &&
      (message as { type?: unknown }).type === OCR_HOST_IDLE
    ) {
      if (sender.id === api.runtime.id && !sender.tab)
        void api.offscreen?.closeDocument().catch(() => undefined);
      return undefined;
    }
    if (!isOcrReadRequest(message) || sender.id !== api.runtime.id) return undefined;
    // Addresses are fetched only for the extension's own pages, never for a content script on a site.
    const fromPage = sender.url?.startsWith(api.runtime.getURL('/')) ?? false;
    if ('url' in message.image && !fromPage)
      return Promise.resolve(failure('unavailable', 'not from an extension page'));
    return read(message.image).catch((error: unknown) =>
      failure('failed', error instanceof Error ? error.message : String(error)),
    );
  });
}
