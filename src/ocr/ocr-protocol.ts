// The messages of image reading. A page of the extension (the checklist) or a content script asks the
// background to read an image; on Chrome the background hands it to the offscreen document that hosts the
// OCR worker (a service worker cannot start one), on Firefox it reads it itself. Image bytes travel as
// base64 text: Chrome's runtime messages are JSON (a Uint8Array would arrive as an object of numbers), and
// a 15 MB photo is a 20 MB message, well under Chrome's 64 MiB limit (measured in ocr.bench.ts).
import type { ImageReading } from './read-image';

/** A page or content script → the background. */
export const OCR_READ = 'wr-ocr/read';
/** A page or content script → the background: an image is coming, start the worker now. */
export const OCR_WARM = 'wr-ocr/warm';
/**
 * A content script → the background: is image reading on (the option and the organisation's policy)? Asked
 * before a picture's bytes are even taken from the page: when it is off, nothing of a picture is read.
 */
export const OCR_ON = 'wr-ocr/on';
/** The background → the offscreen document (Chrome). */
export const OCR_HOST_READ = 'wr-ocr/host-read';
export const OCR_HOST_WARM = 'wr-ocr/host-warm';
/** The offscreen document → the background: idle for a minute, the worker is ended, close the document. */
export const OCR_HOST_IDLE = 'wr-ocr/host-idle';

/** Larger images are refused rather than read: a phone photo is 2–8 MB, a screenshot less. */
export const MAX_IMAGE_BYTES = 15 * 1024 * 1024;

/** Where the image comes from: its bytes, or (extension pages only) an address the background fetches. */
export type ImageSource =
  | { bytes: string }
  /** tab/frame: the page the image was right-clicked on, to read it there if the address cannot be fetched. */
  | { url: string; tabId?: number; frameId?: number };

export interface OcrReadRequest {
  type: typeof OCR_READ;
  image: ImageSource;
}

export interface OcrHostReadRequest {
  type: typeof OCR_HOST_READ;
  /** base64 of the image file. */
  bytes: string;
}

export type OcrFailure =
  /** Image reading is switched off (option or organisation policy). */
  | 'off'
  /** The image could not be fetched or read from the page. */
  | 'unavailable'
  | 'too-large'
  /** Not an image the browser can decode. */
  | 'undecodable'
  /** Tesseract did not finish in time. */
  | 'timeout'
  | 'failed';

export type OcrResponse =
  | { ok: true; reading: ImageReading; hash: string; cached: boolean }
  | { ok: false; error: OcrFailure; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isOcrReadRequest(message: unknown): message is OcrReadRequest {
  if (!isRecord(message) || message.type !== OCR_READ || !isRecord(message.image)) return false;
  const image = message.image;
  return typeof image.bytes === 'string' || typeof image.url === 'string';
}

/** The answer to OCR_WARM: the worker is ready (or why not). */
export type OcrWarmResponse = { ok: true } | { ok: false; error: OcrFailure; message: string };

/** The answer to OCR_ON. */
export interface OcrOnResponse {
  on: boolean;
}

export function isOcrOnRequest(message: unknown): boolean {
  return isRecord(message) && message.type === OCR_ON;
}

export function isOcrWarmRequest(message: unknown): boolean {
  return isRecord(message) && message.type === OCR_WARM;
}

export function isOcrHostWarmRequest(message: unknown): boolean {
  return isRecord(message) && message.type === OCR_HOST_WARM;
}

export function isOcrHostReadRequest(message: unknown): message is OcrHostReadRequest {
  return isRecord(message) && message.type === OCR_HOST_READ && typeof message.bytes === 'string';
}

export function isOcrResponse(value: unknown): value is OcrResponse {
  return isRecord(value) && typeof value.ok === 'boolean';
}

/** base64 of bytes, in chunks (String.fromCharCode with a whole photo as arguments overflows the stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, Math.min(bytes.length, i + 0x8000)));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
