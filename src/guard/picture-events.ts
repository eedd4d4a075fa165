import type { SiteAdapter } from '../sites/site-adapter';
import type { PictureReadings } from './attached-pictures';

export interface PictureEventsOptions {
  window: Window;
  adapter: Pick<SiteAdapter, 'picturesAt'>;
  pictures: PictureReadings;
  /** Whether pictures are read on this page now (the guard is not off here). */
  active(): boolean;
  /** A picture was attached on a guarded surface: a dialog may follow, get the page UI ready. */
  preload(): void;
  signal: AbortSignal;
}

function filesOf(event: Event): File[] {
  const transfer = (event as ClipboardEvent).clipboardData ?? (event as DragEvent).dataTransfer;
  const list = transfer?.files ?? (event.target as HTMLInputElement | null)?.files;
  return list ? [...list] : [];
}

/**
 * Where reading starts: the moment a picture is attached on a guarded surface — pasted or dropped into it, or
 * chosen in its file input (the files are taken during the event: a paste's are gone after it) — and the
 * moment a person clicks in a surface that already shows pictures (a forward dialog). Capture listeners on
 * window, nothing observed page-wide; each surface's own part of the page is watched for its thumbnails
 * (attached-pictures.ts).
 */
export function watchPictureEvents(options: PictureEventsOptions): void {
  const { window: win, adapter, pictures, signal } = options;
  // Never in the page's way: a failure here only means the pictures are read at the press instead.
  const onFiles = (event: Event): void => {
    try {
      const target = event.target as Element | null;
      if (target?.nodeType !== 1 || !options.active()) return;
      const files = filesOf(event);
      if (files.length === 0) return;
      const spot = adapter.picturesAt?.(target, true);
      if (!spot) return;
      options.preload();
      pictures.attach(files, spot);
    } catch {
      // See above.
    }
  };
  const onPointer = (event: Event): void => {
    try {
      const target = event.target as Element | null;
      if (target?.nodeType !== 1 || !options.active()) return;
      const spot = adapter.picturesAt?.(target, false);
      if (spot && spot.pictures().length > 0) pictures.watch(spot);
    } catch {
      // See above.
    }
  };
  const listen = { capture: true, signal } as const;
  for (const type of ['paste', 'drop', 'change']) win.addEventListener(type, onFiles, listen);
  win.addEventListener('pointerdown', onPointer, { capture: true, passive: true, signal });
}
