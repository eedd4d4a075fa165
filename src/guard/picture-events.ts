import type { GuardOptions } from './guard-types';

/**
 * Where reading starts: the moment a picture is attached on a guarded surface — pasted or dropped into it, or
 * chosen in its file input (the files are taken during the event: a paste's are gone after it) — and the
 * moment a person clicks in a surface that already shows pictures (a forward dialog). Capture listeners on
 * window, nothing observed page-wide; each surface's own part of the page is watched for its thumbnails
 * (attached-pictures.ts).
 */
export function watchPictureEvents(
  options: Pick<GuardOptions, 'window' | 'adapter' | 'pictures' | 'mode' | 'signal'>,
): void {
  const { adapter, pictures } = options;
  if (!pictures) return;
  // Never in the page's way: a failure here only means the pictures are read at the press instead.
  const onEvent = (event: Event): void => {
    try {
      const target = event.target as Element | null;
      // Not on a page (or site) the guard is off for.
      if (target?.nodeType !== 1 || options.mode() === 'off') return;
      const attaching = event.type !== 'pointerdown';
      const transfer = (event as ClipboardEvent).clipboardData ?? (event as DragEvent).dataTransfer;
      const files = attaching ? [...(transfer?.files ?? (target as HTMLInputElement).files ?? [])] : [];
      if (attaching && files.length === 0) return;
      const spot = adapter.picturesAt?.(target, attaching);
      if (!spot) return;
      if (attaching || spot.pictures().length > 0) pictures.attach(files, spot);
    } catch {
      // See above.
    }
  };
  for (const type of ['paste', 'drop', 'change', 'pointerdown'])
    options.window.addEventListener(type, onEvent, { capture: true, signal: options.signal });
}
