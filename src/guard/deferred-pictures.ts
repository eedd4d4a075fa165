import type { PictureReadings } from './attached-pictures';

/**
 * The picture reader (attached-pictures.ts) is a separate script, loaded the first time a picture is attached
 * or a press carries one: most page loads never need it. Until it is there, a press's pictures count as being
 * read (the press waits for it, bounded, like any reading); if it cannot load, they count as not read at all
 * and the press is decided on its text (fail open), and that is logged once.
 */
export function createDeferredPictures(
  load: () => Promise<PictureReadings>,
  log: (where: string, message: string) => void,
): PictureReadings {
  /** Undefined until it has loaded, null if it could not. */
  let loaded: PictureReadings | null | undefined;
  let loading: Promise<PictureReadings | null> | undefined;
  const module = (): Promise<PictureReadings | null> =>
    (loading ??= load().then(
      (readings) => (loaded = readings),
      (error: unknown) => {
        log('guard.pictures-load', String(error));
        return (loaded = null);
      },
    ));
  return {
    attach: (files, spot) => void module().then((readings) => readings?.attach(files, spot)),
    state(pictures) {
      if (loaded) return loaded.state(pictures);
      void module();
      return { texts: [], reading: loaded === null ? 0 : pictures.length, unread: 0 };
    },
    settled: (pictures, deadline) => module().then((readings) => readings?.settled(pictures, deadline)),
  };
}
