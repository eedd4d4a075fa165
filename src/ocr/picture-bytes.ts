// The bytes of a picture shown on a page, as a content script can get them, for reading its text. Measured on
// the fixtures (tests/e2e/guard-pictures.spec.ts): a thumbnail or send-preview drawn from the person's file has
// a blob: address the page made with URL.createObjectURL(file), and fetching it gives the file's own bytes
// (so it is the same reading, by hash, as the file taken from the paste or file-input event); a picture of a
// message being forwarded is an address on the site (same origin on the fixture) and is fetched the same way.
// Where fetching fails (another site's picture that allows no CORS), the picture is drawn on a canvas and
// encoded as PNG; a picture the canvas may not read (tainted) cannot be read from the page at all.
import { MAX_IMAGE_BYTES } from './ocr-protocol';

/**
 * The bytes copied into an array of this script's own. In Firefox a content script gets the page's
 * ArrayBuffer from a page's File, Response or Blob, and a view on it cannot even be sliced
 * (`subarray` → "Permission denied to access property constructor"): copied element by element, the bytes
 * are ours to hash, encode and send.
 */
export function ownBytes(buffer: ArrayBuffer): Uint8Array {
  const view = new Uint8Array(buffer);
  const copy = new Uint8Array(view.length);
  copy.set(view);
  return copy;
}

export interface PictureBytesOptions {
  fetch(url: string): Promise<Response>;
  /** Where a canvas can be made (the picture's own document). */
  document: Document;
}

/** The picture's bytes, or null when the page does not let them be read (or they are over MAX_IMAGE_BYTES). */
export async function pictureBytes(
  img: HTMLImageElement,
  options: PictureBytesOptions,
): Promise<Uint8Array | null> {
  const src = img.currentSrc || img.src;
  if (!src) return null;
  try {
    const response = await options.fetch(src);
    if (response.ok) {
      const bytes = ownBytes(await response.arrayBuffer());
      return bytes.length <= MAX_IMAGE_BYTES ? bytes : null;
    }
  } catch {
    // Not fetchable from here: draw it instead.
  }
  return drawnBytes(img, options.document);
}

async function drawnBytes(img: HTMLImageElement, doc: Document): Promise<Uint8Array | null> {
  try {
    if (!img.complete || img.naturalWidth === 0) await img.decode();
    const canvas = doc.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.drawImage(img, 0, 0);
    // toBlob throws (SecurityError) on a canvas tainted by another site's picture.
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob || blob.size > MAX_IMAGE_BYTES) return null;
    return ownBytes(await blob.arrayBuffer());
  } catch {
    return null;
  }
}
