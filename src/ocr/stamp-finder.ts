// Finds the stamps on a page so they can be read on their own. Tesseract's page layout analysis drops text
// inside a box (a framed "MẬT" was read in 0–3 of 6 photos), but read alone as one line with its frame
// taken away it reads nearly every time. Red ink first (the secrecy and urgency stamps are red): keeping
// only red pixels also removes black print the stamp overlaps. Then dark rectangular frames (a black stamp,
// a photocopy). Pure: pixels in, grey crops out.
import { enlargeGrey, padGrey, type GreyImage, type Raster } from './raster';

export interface StampCrop {
  /** Where on the raster (pixels). */
  box: Box;
  ink: 'red' | 'dark';
  /** Ink black on white, the frame erased, enlarged for Tesseract: read it as one line. */
  image: GreyImage;
  /** A frame was found around the text (and erased). */
  framed: boolean;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** At most this many crops per image: stamps are few; an advert full of red shapes must not cost a minute. */
const MAX_CROPS = 6;

/** How red a pixel is: 0 for grey, black or white; the red channel's lead over the others for red ink. */
function redness(r: number, g: number, b: number): number {
  return r < 70 ? 0 : Math.max(0, r - Math.max(g, b));
}

/** Red enough to be a stamp's ink: a faded stamp in a dim photo is ~90 ahead, brown and gold print ~50. */
const RED_INK = 60;

/**
 * A coarse mask (one cell per `cell`×`cell` pixels) grown sideways more than up and down: the letters of a
 * word join up, two stamps one above the other stay apart.
 */
function coarse(mask: Uint8Array, width: number, height: number, cell: number, growX: number, growY: number) {
  const cw = Math.ceil(width / cell);
  const ch = Math.ceil(height / cell);
  const cells = new Uint16Array(cw * ch);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      if (mask[y * width + x]) {
        const c = ((y / cell) | 0) * cw + ((x / cell) | 0);
        cells[c] = (cells[c] as number) + 1;
      }
  const grown = new Uint8Array(cw * ch);
  const min = Math.max(1, Math.floor((cell * cell) / 10));
  for (let y = 0; y < ch; y++)
    for (let x = 0; x < cw; x++) {
      if ((cells[y * cw + x] as number) < min) continue;
      for (let dy = -growY; dy <= growY; dy++)
        for (let dx = -growX; dx <= growX; dx++) {
          const ny = y + dy;
          const nx = x + dx;
          if (ny >= 0 && ny < ch && nx >= 0 && nx < cw) grown[ny * cw + nx] = 1;
        }
    }
  return { cells: grown, cw, ch };
}

/** Stamp-like: a short line of large letters, wider than tall, not a banner across the picture. */
function stampShaped(box: Box, raster: Raster): boolean {
  const unit = raster.width / 1240; // sizes below are for a page 1,240 px wide (A4 at 150 dpi)
  return (
    box.width >= 40 * unit &&
    box.height >= 18 * unit &&
    box.height <= 160 * unit &&
    box.width <= raster.width * 0.6 &&
    box.width >= box.height * 1.2 &&
    box.width <= box.height * 16
  );
}

/**
 * The crop as ink on paper with the frame taken away. The ink is stretched so the crop's strongest strokes
 * are black (a faded stamp, a dim photo); parts that span the ink's whole extent (the frame, both rings of a
 * double frame) are erased with a pixel around them; letters never span it. Then enlarged so capitals are
 * about 40–60 px tall, the size Tesseract reads best.
 */
function cleanCrop(ink: Uint8Array, width: number, height: number): { image: GreyImage; framed: boolean } {
  const strongest = percentile(ink, 0.97);
  const scale = strongest > 0 ? 255 / strongest : 0;
  const mask = new Uint8Array(width * height);
  for (let i = 0; i < mask.length; i++) mask[i] = (ink[i] as number) * scale > 100 ? 1 : 0;
  const parts = components(mask, width, height, true);
  const inkBox = union(parts.map((p) => p.box));
  const frames = parts.filter((part) => {
    const wide = part.box.width >= inkBox.width * 0.8;
    const tall = part.box.height >= inkBox.height * 0.8;
    return (
      (wide && tall && parts.length > 1) ||
      (wide && part.box.height <= inkBox.height * 0.25) ||
      (tall && part.box.width <= inkBox.width * 0.1)
    );
  });
  const framed = frames.some((f) => f.box.width >= inkBox.width * 0.8 && f.box.height >= inkBox.height * 0.8);
  // Only the letters are kept: the crop is cut to their extent (the frame's faint fringes go with it), and
  // ink too faint to be a stroke is paper.
  const letters = parts.filter((part) => !frames.includes(part) && part.count >= 4);
  const keep = letters.length > 0 ? union(letters.map((p) => p.box)) : inkBox;
  const margin = 4;
  const x0 = Math.max(0, keep.x - margin);
  const y0 = Math.max(0, keep.y - margin);
  const x1 = Math.min(width, keep.x + keep.width + margin);
  const y1 = Math.min(height, keep.y + keep.height + margin);
  const frame = new Uint8Array(width * height);
  for (const part of frames) for (const p of part.pixels) frame[p] = 1;
  const out = { width: Math.max(1, x1 - x0), height: Math.max(1, y1 - y0), data: new Uint8Array(0) };
  out.data = new Uint8Array(out.width * out.height).fill(255);
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const i = y * width + x;
      const value = Math.min(255, Math.round((ink[i] as number) * scale));
      if (!frame[i] && value > 70) out.data[(y - y0) * out.width + (x - x0)] = 255 - value;
    }
  const factor = out.height < 40 ? 3 : out.height < 80 ? 2 : 1;
  return { image: padGrey(enlargeGrey(out, factor), 16), framed };
}

/** The box around all the boxes (an empty box for none). */
function union(boxes: readonly Box[]): Box {
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return {
    x,
    y,
    width: Math.max(...boxes.map((b) => b.x + b.width)) - x,
    height: Math.max(...boxes.map((b) => b.y + b.height)) - y,
  };
}

/** The value below which `share` of the non-zero values lie. */
function percentile(values: Uint8Array, share: number): number {
  const counts = new Uint32Array(256);
  let total = 0;
  for (const v of values)
    if (v > 0) {
      counts[v] = (counts[v] as number) + 1;
      total++;
    }
  let seen = 0;
  for (let v = 1; v < 256; v++) {
    seen += counts[v] as number;
    if (seen >= total * share) return v;
  }
  return 255;
}

interface Part {
  box: Box;
  /** How many pixels. */
  count: number;
  /** The pixels' indices, when asked for (small masks: a stamp crop). */
  pixels: number[];
}

/** Connected parts of `mask` (8-neighbour), as boxes with their pixel counts (and pixels when `keep`). */
function components(mask: Uint8Array, width: number, height: number, keep = false): Part[] {
  const seen = new Uint8Array(width * height);
  const parts: Part[] = [];
  const stack: number[] = [];
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || seen[start]) continue;
    const pixels: number[] = [];
    let count = 0;
    let minX = width;
    let maxX = 0;
    let minY = height;
    let maxY = 0;
    seen[start] = 1;
    stack.push(start);
    while (stack.length > 0) {
      const p = stack.pop() as number;
      count++;
      if (keep) pixels.push(p);
      const x = p % width;
      const y = (p - x) / width;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
          const q = ny * width + nx;
          if (mask[q] && !seen[q]) {
            seen[q] = 1;
            stack.push(q);
          }
        }
    }
    parts.push({ box: { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1 }, count, pixels });
  }
  return parts;
}

function cropInk(raster: Raster, box: Box, inkOf: (r: number, g: number, b: number) => number) {
  const ink = new Uint8Array(box.width * box.height);
  for (let y = 0; y < box.height; y++)
    for (let x = 0; x < box.width; x++) {
      const i = ((box.y + y) * raster.width + box.x + x) * 4;
      ink[y * box.width + x] = inkOf(
        raster.data[i] as number,
        raster.data[i + 1] as number,
        raster.data[i + 2] as number,
      );
    }
  return ink;
}

function widen(box: Box, margin: number, raster: Raster): Box {
  const x = Math.max(0, box.x - margin);
  const y = Math.max(0, box.y - margin);
  return {
    x,
    y,
    width: Math.min(raster.width, box.x + box.width + margin) - x,
    height: Math.min(raster.height, box.y + box.height + margin) - y,
  };
}

/** Rows of `box` with no ink at all split it: two stamps put one above the other are read one by one. */
function splitStacked(mask: Uint8Array, width: number, box: Box, minHeight: number): Box[] {
  const rows: boolean[] = [];
  for (let y = box.y; y < box.y + box.height; y++) {
    let any = false;
    for (let x = box.x; x < box.x + box.width && !any; x++) any = mask[y * width + x] === 1;
    rows.push(any);
  }
  const out: Box[] = [];
  let start = -1;
  for (let i = 0; i <= rows.length; i++) {
    if (i < rows.length && rows[i]) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start >= minHeight)
        out.push({ x: box.x, y: box.y + start, width: box.width, height: i - start });
      start = -1;
    }
  }
  return out.length > 0 ? out : [box];
}

/** Red stamps: red ink grouped into word-sized blobs. */
function redStamps(raster: Raster): StampCrop[] {
  const { width, height, data } = raster;
  const mask = new Uint8Array(width * height);
  for (let p = 0, i = 0; p < mask.length; p++, i += 4)
    mask[p] = redness(data[i] as number, data[i + 1] as number, data[i + 2] as number) > RED_INK ? 1 : 0;
  const cell = Math.max(2, Math.round(width / 400));
  const { cells, cw, ch } = coarse(mask, width, height, cell, 3, 1);
  const boxes: Box[] = [];
  for (const { box: blob } of components(cells, cw, ch)) {
    const cellBox = {
      x: blob.x * cell,
      y: blob.y * cell,
      width: blob.width * cell,
      height: blob.height * cell,
    };
    for (const part of splitStacked(mask, width, cellBox, Math.round(12 * (width / 1240)))) {
      const box = widen(part, cell, raster);
      if (stampShaped(box, raster)) boxes.push(box);
    }
  }
  // The letters inside a frame can form blobs of their own: the frame's crop reads them.
  return boxes
    .filter((box) => !boxes.some((other) => other !== box && contains(other, box)))
    .map((box) => ({
      box,
      ink: 'red' as const,
      ...cleanCrop(cropInk(raster, box, redness), box.width, box.height),
    }));
}

function contains(outer: Box, inner: Box): boolean {
  return (
    outer.x <= inner.x &&
    outer.y <= inner.y &&
    outer.x + outer.width >= inner.x + inner.width &&
    outer.y + outer.height >= inner.y + inner.height
  );
}

/** How dark a pixel is against the page: 0 paper … 255 black ink. */
function darkness(r: number, g: number, b: number): number {
  const y = 0.299 * r + 0.587 * g + 0.114 * b;
  return y > 150 ? 0 : Math.min(255, (150 - y) * 2);
}

/**
 * Dark frames: a component of dark pixels whose box is stamp-shaped and which is mostly along its edges (a
 * rectangle outline, not a word or a picture).
 */
function darkStamps(raster: Raster): StampCrop[] {
  const { width, height, data } = raster;
  const mask = new Uint8Array(width * height);
  for (let p = 0, i = 0; p < mask.length; p++, i += 4)
    mask[p] = darkness(data[i] as number, data[i + 1] as number, data[i + 2] as number) > 60 ? 1 : 0;
  const crops: StampCrop[] = [];
  for (const { box: c, count } of components(mask, width, height)) {
    if (!stampShaped(c, raster) || c.width < 60 || c.height < 20) continue;
    // An outline covers little of its box; and its pixels reach all four sides.
    if (count > 0.4 * c.width * c.height) continue;
    if (!outlined(mask, width, c)) continue;
    const box = widen(c, 2, raster);
    const ink = cropInk(raster, box, darkness);
    crops.push({ box, ink: 'dark', ...cleanCrop(ink, box.width, box.height) });
  }
  return crops;
}

/** Ink along at least 70% of each side of the box (within a band a tenth of the height deep). */
function outlined(mask: Uint8Array, width: number, box: Box): boolean {
  const band = Math.max(2, Math.round(box.height / 8));
  const along = (horizontal: boolean, from: number): number => {
    let hits = 0;
    const length = horizontal ? box.width : box.height;
    for (let t = 0; t < length; t++) {
      let found = false;
      for (let d = 0; d < band && !found; d++) {
        const x = horizontal ? box.x + t : from + d * (from === box.x ? 1 : -1);
        const y = horizontal ? from + d * (from === box.y ? 1 : -1) : box.y + t;
        if (mask[y * width + x]) found = true;
      }
      if (found) hits++;
    }
    return hits / length;
  };
  return (
    along(true, box.y) >= 0.7 &&
    along(true, box.y + box.height - 1) >= 0.7 &&
    along(false, box.x) >= 0.7 &&
    along(false, box.x + box.width - 1) >= 0.7
  );
}

/** The stamps on the raster, red first, top of the page first, at most MAX_CROPS. */
export function findStamps(raster: Raster): StampCrop[] {
  const red = redStamps(raster);
  const dark = darkStamps(raster).filter((d) => !red.some((r) => overlaps(r.box, d.box)));
  return [...red, ...dark].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x).slice(0, MAX_CROPS);
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
