// Reading the pictures attached to a post, for the guard: loaded on first need (entrypoints/guard-images.ts →
// guard-images.js), so the content script that runs on every page stays small. It starts as soon as a
// picture is attached — the file of a paste, drop or file input, then the thumbnail the page draws from it —
// not at the press, so that by the press the reading is usually done. The text is read by the background
// (src/ocr: the offscreen document or Firefox's background page); nothing of a picture leaves the browser.
import type { DraftImage } from '../engine/types';
import { sha256Hex } from '../ocr/image-hash';
import {
  MAX_IMAGE_BYTES,
  OCR_ON,
  OCR_READ,
  toBase64,
  type OcrOnResponse,
  type OcrResponse,
} from '../ocr/ocr-protocol';
import { ownBytes, pictureBytes } from '../ocr/picture-bytes';
import type { PictureSpot } from '../sites/site-adapter';
import type { PicturesRead } from './guard-types';

/** Where the reading of a press's pictures stands, as the press check sees it (synchronously). */
export interface PicturesState extends PicturesRead {
  /**
   * One entry per picture, in the page's order: its text when read (empty when it has none, could not be
   * read, or is still being read), so a finding's picture index is its place on the page.
   */
  texts: DraftImage[];
}

/** What the guard asks of the pictures of a surface (the deferred module, or its stand-in while it loads). */
export interface PictureReadings {
  /**
   * Pictures are being attached in a surface: read the files the person attached (paste, drop, file input;
   * none for a click in a surface that already shows pictures, a forward dialog), and the pictures that are
   * or soon will be shown in it.
   */
  attach(files: readonly File[], spot: PictureSpot): void;
  /** The pictures' readings now; an unknown picture starts being read. Never throws, never waits. */
  state(pictures: readonly HTMLImageElement[]): PicturesState;
  /** Resolves once none of the pictures is being read any more, or at `deadline` (the `now` clock). */
  settled(pictures: readonly HTMLImageElement[], deadline: number): Promise<void>;
}

export interface AttachedPicturesOptions {
  /** A message to the background (browser.runtime.sendMessage). */
  send(message: unknown): Promise<unknown>;
  fetch(url: string): Promise<Response>;
  now(): number;
  timers?: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'>;
}

type Outcome = { kind: 'read'; text: string } | { kind: 'unread' } | { kind: 'off' };

interface Reading {
  outcome: Outcome | null;
  done: Promise<Outcome>;
}

const UNREAD: Outcome = { kind: 'unread' };
const OFF: Outcome = { kind: 'off' };
/** A surface is watched for new pictures this long after the last change in it (a composer left open). */
export const WATCH_MS = 60_000;

/** An answer of the background as an outcome: text (possibly none), not readable, or switched off. */
function outcomeOf(answer: unknown): Outcome {
  const response = answer as OcrResponse | undefined;
  if (!response || typeof response.ok !== 'boolean') return UNREAD;
  if (!response.ok) return response.error === 'off' ? OFF : UNREAD;
  // Too small to read is "could not read" (a thumbnail of a document): the person should look themselves.
  if (response.reading.status === 'too-small') return UNREAD;
  return { kind: 'read', text: response.reading.status === 'read' ? response.reading.text : '' };
}

export function createAttachedPictures(options: AttachedPicturesOptions): PictureReadings {
  const { send, now } = options;
  const timers = options.timers ?? globalThis;
  /** Readings by the SHA-256 of the bytes: a file and the thumbnail drawn from it are one reading. */
  const byHash = new Map<string, Reading>();
  /** Readings by the picture's address on the page (its bytes are taken once). */
  const bySrc = new Map<string, Reading>();
  /** The last answer about the switch (the option and the organisation's policy), asked again each time. */
  let switchedOn: boolean | null = null;
  let asking: Promise<boolean> | null = null;

  const isOn = (): Promise<boolean> =>
    (asking ??= send({ type: OCR_ON })
      .then(
        (answer) => (answer as OcrOnResponse | undefined)?.on === true,
        () => false,
      )
      .then((on) => {
        switchedOn = on;
        asking = null;
        return on;
      }));

  const track = (work: () => Promise<Outcome>, forget: () => void): Reading => {
    const reading: Reading = { outcome: null, done: Promise.resolve(UNREAD) };
    reading.done = work()
      .catch((): Outcome => UNREAD)
      .then((outcome) => {
        reading.outcome = outcome;
        // Switched off meanwhile: nothing is kept, so the picture is read if it is switched on again.
        if (outcome.kind === 'off') forget();
        return outcome;
      });
    return reading;
  };

  const readBytes = async (bytes: Uint8Array): Promise<Outcome> => {
    const hash = await sha256Hex(bytes);
    let reading = byHash.get(hash);
    if (!reading) {
      reading = track(
        async () => outcomeOf(await send({ type: OCR_READ, image: { bytes: toBase64(bytes) } })),
        () => byHash.delete(hash),
      );
      byHash.set(hash, reading);
    }
    return reading.done;
  };

  const srcOf = (img: HTMLImageElement): string => img.currentSrc || img.src;

  /** The reading of a picture on the page, started if new: the switch first, then its bytes. */
  const readingOf = (img: HTMLImageElement): Reading | null => {
    const src = srcOf(img);
    if (!src) return null;
    let reading = bySrc.get(src);
    if (!reading) {
      reading = track(
        async () => {
          if (!(await isOn())) return OFF;
          const bytes = await pictureBytes(img, { fetch: options.fetch, document: img.ownerDocument });
          return bytes ? readBytes(bytes) : UNREAD;
        },
        () => bySrc.delete(src),
      );
      bySrc.set(src, reading);
    }
    return reading;
  };

  const watching = new WeakSet<Element>();
  const watch = (spot: PictureSpot): void => {
    const scan = (): void => void spot.pictures().forEach(readingOf);
    scan();
    if (watching.has(spot.area)) return;
    watching.add(spot.area);
    let quiet: ReturnType<typeof setTimeout> | undefined;
    let pending = false;
    const stop = (): void => {
      observer.disconnect();
      watching.delete(spot.area);
    };
    const rearm = (): void => {
      if (quiet !== undefined) timers.clearTimeout(quiet);
      quiet = timers.setTimeout(stop, WATCH_MS);
    };
    // Only this surface's part of the page, and only until it has been quiet for a while.
    const observer = new MutationObserver(() => {
      if (!spot.area.isConnected) return stop();
      rearm();
      if (pending) return;
      pending = true;
      timers.setTimeout(() => {
        pending = false;
        scan();
      }, 50);
    });
    observer.observe(spot.area, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['src'],
    });
    rearm();
  };

  return {
    attach(files, spot) {
      const images = files.filter((file) => file.type.startsWith('image/') && file.size <= MAX_IMAGE_BYTES);
      if (images.length > 0)
        void isOn().then((on) => {
          if (!on) return;
          for (const file of images)
            void file.arrayBuffer().then(
              (buffer) => readBytes(ownBytes(buffer)),
              () => undefined,
            );
        });
      watch(spot);
    },
    state(pictures) {
      const state: PicturesState = { texts: [], reading: 0, unread: 0 };
      // Known to be off: nothing is read (asked again, so that switching it on is noticed by the next press).
      if (switchedOn === false) {
        void isOn();
        return state;
      }
      for (const img of pictures) {
        const reading = readingOf(img);
        const outcome = reading?.outcome;
        if (!reading || outcome?.kind === 'off') continue;
        if (!outcome) state.reading++;
        else if (outcome.kind === 'unread') state.unread++;
        state.texts.push({ text: outcome?.kind === 'read' ? outcome.text : '' });
      }
      return state;
    },
    settled(pictures, deadline) {
      const all = Promise.all(pictures.map((img) => readingOf(img)?.done)).then(() => undefined);
      if (!Number.isFinite(deadline)) return all;
      return new Promise<void>((resolve) => {
        const timer = timers.setTimeout(resolve, Math.max(0, deadline - now()));
        void all.then(() => {
          timers.clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}
