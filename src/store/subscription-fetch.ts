import { checkPackAddress } from './https-address';
import { formatBytes, MAX_PACK_BYTES } from './pack-admission';
import type { PackProblem } from './pack-record';
import { storeProblem } from './store-strings';

export type FetchOutcome =
  | { kind: 'not-modified' }
  | { kind: 'ok'; text: string; etag?: string; lastModified?: string }
  | { kind: 'error'; problem: PackProblem };

export interface FetchOptions {
  fetch: typeof fetch;
  etag?: string;
  lastModified?: string;
  timeoutMs?: number;
  maxBytes?: number;
}

/**
 * Fetches one pack address: https only (also after redirects), a conditional request so an unchanged pack
 * costs a 304, a size cap enforced while reading (a server that lies about or omits Content-Length is cut
 * off at the limit), and a timeout. No cookies or credentials go with it.
 */
export async function fetchPackText(address: string, options: FetchOptions): Promise<FetchOutcome> {
  const checked = checkPackAddress(address);
  if (!checked.ok) return { kind: 'error', problem: checked.problem };
  const maxBytes = options.maxBytes ?? MAX_PACK_BYTES;
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? 30_000;
  const timer = setTimeout(() => controller.abort(new Error('timeout')), timeoutMs);
  try {
    const headers: Record<string, string> = {
      accept: 'application/json, application/yaml, text/yaml, text/plain',
    };
    if (options.etag) headers['if-none-match'] = options.etag;
    if (options.lastModified) headers['if-modified-since'] = options.lastModified;
    const response = await options.fetch(checked.url, {
      headers,
      credentials: 'omit',
      redirect: 'follow',
      cache: 'no-cache',
      signal: controller.signal,
    });
    if (response.url && !response.url.startsWith('https:')) {
      return { kind: 'error', problem: storeProblem('fetch-redirect-not-https', { url: response.url }) };
    }
    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok)
      return {
        kind: 'error',
        problem: storeProblem('fetch-status', { status: response.status, statusText: response.statusText }),
      };
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      controller.abort();
      return { kind: 'error', problem: storeProblem('fetch-too-large', { limit: formatBytes(maxBytes) }) };
    }
    const text = await readCapped(response, maxBytes, controller);
    if (text === null)
      return { kind: 'error', problem: storeProblem('fetch-too-large', { limit: formatBytes(maxBytes) }) };
    const etag = response.headers.get('etag') ?? undefined;
    const lastModified = response.headers.get('last-modified') ?? undefined;
    return { kind: 'ok', text, ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
  } catch (error) {
    if (controller.signal.aborted)
      return {
        kind: 'error',
        problem: storeProblem('fetch-timeout', { seconds: Math.round(timeoutMs / 1000) }),
      };
    return {
      kind: 'error',
      problem: storeProblem('fetch-failed', {
        detail: error instanceof Error ? error.message : String(error),
      }),
    };
  } finally {
    clearTimeout(timer);
  }
}

async function readCapped(
  response: Response,
  maxBytes: number,
  controller: AbortController,
): Promise<string | null> {
  if (!response.body) {
    const text = await response.text();
    return new TextEncoder().encode(text).length > maxBytes ? null : text;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      controller.abort();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}
