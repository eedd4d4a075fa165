// Reads one decoded image: a page pass over the whole picture (shrunk to a width Tesseract reads well and
// fast) and a stamp pass over each stamp found (stamp-finder.ts), read as one line. The stamps' text comes
// first, each on a line of its own, so the packs' stamp rules (`case: exact`, `line: true`) see "TỐI MẬT" as
// printed; then the page text. Pure apart from the OCR engine it is given.
import { encodePgm, greyOf, shrinkRaster, type Raster } from './raster';
import { findStamps } from './stamp-finder';
import { stampWordOf } from './stamp-words';

/** What runs Tesseract: a worker in the browser, worker_threads in Node tests. */
export interface OcrEngine {
  /** `page`: automatic layout (columns, blocks); `line`: the image is one line of text. */
  recognize(pgm: Uint8Array, mode: 'page' | 'line'): Promise<{ text: string; confidence: number }>;
}

export type ReadingStatus =
  /** Text was read (it may still say nothing the packs care about). */
  | 'read'
  /** Read, but no words came out: a photo without text, or text too small or blurred to read. */
  | 'no-text'
  /** Too small to read anything at all: not tried. */
  | 'too-small';

export interface ImageReading {
  status: ReadingStatus;
  /** Stamp lines, a blank line, then the page text. Empty unless `read`. */
  text: string;
  /** The stamp pass's lines on their own (also at the top of `text`). */
  stamps: string[];
  /** Width and height that were read (after shrinking). */
  size: { width: number; height: number };
  ms: number;
}

/**
 * The page pass reads at most this wide: 1,400 px keeps the small print of an A4 photo legible (a page below
 * ~900 px wide in the picture is not) and takes about half the time of 2,000 px (as measured when it was
 * chosen).
 */
export const PAGE_MAX_WIDTH = 1400;
/** Stamps are looked for at this width (they are large; fewer pixels to scan). */
const STAMP_MAX_WIDTH = 1400;
/** Below this, nothing but a large headline could be read: say so instead of "nothing found". */
export const MIN_SIDE = 200;
export const MIN_LONG_SIDE = 480;

/** Tesseract's page text, tidied: trailing spaces gone, runs of blank lines collapsed. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A stamp crop's line, if it holds a word: a frame read as "|" or "—" is not one. */
function stampLine(text: string): string | null {
  const line = tidyText(text)
    .replace(/\n+/g, ' ')
    .replace(/^[^\p{L}\p{N}(]+|[^\p{L}\p{N})]+$/gu, '');
  return /\p{L}{2}/u.test(line) ? line : null;
}

/**
 * A page line that is only "MẬT" reads as the secrecy stamp to the packs. Where the stamp pass found no
 * stamp on the page, such a line is a word of a heading set on its own line ("MẬT / ONG BẠC HÀ" on a honey
 * advert), and is put back in front of the line after it.
 */
export function joinLoneSecrecyWord(pageText: string): string {
  const lines = pageText.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const next = lines[i + 1];
    if (line.trim() === 'MẬT' && next !== undefined && next.trim() !== '') {
      out.push(`${line.trim()} ${next.trim()}`);
      i++;
    } else out.push(line);
  }
  return out.join('\n');
}

export async function readImage(
  raster: Raster,
  engine: OcrEngine,
  now: () => number = Date.now,
): Promise<ImageReading> {
  const started = now();
  const long = Math.max(raster.width, raster.height);
  const short = Math.min(raster.width, raster.height);
  if (short < MIN_SIDE || long < MIN_LONG_SIDE)
    return {
      status: 'too-small',
      text: '',
      stamps: [],
      size: { width: raster.width, height: raster.height },
      ms: now() - started,
    };

  const page = shrinkRaster(raster, PAGE_MAX_WIDTH);
  const forStamps = STAMP_MAX_WIDTH === PAGE_MAX_WIDTH ? page : shrinkRaster(raster, STAMP_MAX_WIDTH);
  const crops = findStamps(forStamps);
  const stamps: string[] = [];
  for (const crop of crops) {
    const read = stampLine((await engine.recognize(encodePgm(crop.image), 'line')).text);
    const line = read ? (stampWordOf(read, crop.framed) ?? read) : null;
    if (line && !stamps.includes(line)) stamps.push(line);
  }
  let pageText = tidyText((await engine.recognize(encodePgm(greyOf(page)), 'page')).text);
  if (crops.length === 0) pageText = joinLoneSecrecyWord(pageText);
  const pageLines = new Set(pageText.split('\n'));
  const extra = stamps.filter((line) => !pageLines.has(line));
  const text = [extra.join('\n'), pageText].filter(Boolean).join('\n\n');
  const status = /[\p{L}\p{N}]{2}/u.test(text) ? 'read' : 'no-text';
  return {
    status,
    text: status === 'read' ? text : '',
    stamps,
    size: { width: page.width, height: page.height },
    ms: now() - started,
  };
}
