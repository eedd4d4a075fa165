// Decoded pixels as every part of the reader passes them around: RGBA as canvas ImageData gives it (browser)
// or sharp's raw output gives it (Node tests), and one grey channel for Tesseract. Pure: no DOM.

/** RGBA, 4 bytes a pixel, rows top to bottom (ImageData's layout). */
export interface Raster {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** One byte a pixel, 0 black … 255 white. */
export interface GreyImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * The raster scaled down so its width is at most `maxWidth` (never up), by averaging the source pixels each
 * target pixel covers: a plain nearest-pixel shrink would drop the thin strokes of small print.
 */
export function shrinkRaster(source: Raster, maxWidth: number): Raster {
  if (source.width <= maxWidth) return source;
  const scale = maxWidth / source.width;
  const width = maxWidth;
  const height = Math.max(1, Math.round(source.height * scale));
  const span = (i: number, limit: number): [number, number] => {
    const from = Math.floor(i / scale);
    return [from, Math.min(limit, Math.max(from + 1, Math.floor((i + 1) / scale)))];
  };
  const columns = Array.from({ length: width }, (_, x) => span(x, source.width));
  const out = new Uint8ClampedArray(width * height * 4);
  const sums = new Float64Array(width * 4);
  const src = source.data;
  for (let y = 0; y < height; y++) {
    const [y0, y1] = span(y, source.height);
    sums.fill(0);
    for (let sy = y0; sy < y1; sy++) {
      const row = sy * source.width * 4;
      for (let x = 0; x < width; x++) {
        const [x0, x1] = columns[x] as [number, number];
        let r = 0;
        let g = 0;
        let b = 0;
        let a = 0;
        for (let i = row + x0 * 4, end = row + x1 * 4; i < end; i += 4) {
          r += src[i] as number;
          g += src[i + 1] as number;
          b += src[i + 2] as number;
          a += src[i + 3] as number;
        }
        const k = x * 4;
        sums[k] = (sums[k] as number) + r;
        sums[k + 1] = (sums[k + 1] as number) + g;
        sums[k + 2] = (sums[k + 2] as number) + b;
        sums[k + 3] = (sums[k + 3] as number) + a;
      }
    }
    const base = y * width * 4;
    for (let x = 0; x < width; x++) {
      const [x0, x1] = columns[x] as [number, number];
      const n = (x1 - x0) * (y1 - y0);
      for (let c = 0; c < 4; c++) out[base + x * 4 + c] = (sums[x * 4 + c] as number) / n;
    }
  }
  return { width, height, data: out };
}

/** Luminance (Rec. 601), transparent pixels taken as white (a PNG with no background is read as on paper). */
export function greyOf(raster: Raster): GreyImage {
  const { width, height, data } = raster;
  const out = new Uint8Array(width * height);
  for (let p = 0, i = 0; p < out.length; p++, i += 4) {
    const a = (data[i + 3] as number) / 255;
    const y = 0.299 * (data[i] as number) + 0.587 * (data[i + 1] as number) + 0.114 * (data[i + 2] as number);
    out[p] = Math.round(y * a + 255 * (1 - a));
  }
  return { width, height, data: out };
}

/** A grey image scaled by an integer factor (nearest pixel: a stamp's crop is small and has hard edges). */
export function enlargeGrey(image: GreyImage, factor: number): GreyImage {
  if (factor <= 1) return image;
  const width = image.width * factor;
  const height = image.height * factor;
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const src = Math.floor(y / factor) * image.width;
    const dst = y * width;
    for (let x = 0; x < width; x++) out[dst + x] = image.data[src + Math.floor(x / factor)] as number;
  }
  return { width, height, data: out };
}

/** The image with `margin` white pixels around it (Tesseract misreads text that touches the edge). */
export function padGrey(image: GreyImage, margin: number): GreyImage {
  const width = image.width + 2 * margin;
  const height = image.height + 2 * margin;
  const out = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < image.height; y++)
    out.set(image.data.subarray(y * image.width, (y + 1) * image.width), (y + margin) * width + margin);
  return { width, height, data: out };
}

/**
 * Binary PGM (P5): a few header bytes and the grey bytes. Tesseract's Leptonica reads it directly, and making
 * it costs nothing, where a PNG encode in the browser (OffscreenCanvas.convertToBlob) took about a second.
 */
export function encodePgm(image: GreyImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.data.length);
  out.set(header, 0);
  out.set(image.data, header.length);
  return out;
}
