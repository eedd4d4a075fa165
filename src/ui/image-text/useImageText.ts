import { useEffect, useState } from 'preact/hooks';
import type { ImageSource, OcrFailure, OcrResponse } from '../../ocr/ocr-protocol';
import type { ImageReading } from '../../ocr/read-image';

/** What the page gives the checklist: reading an image's text (through the background). */
export interface ImageTextService {
  read(source: ImageSource): Promise<OcrResponse>;
}

export type ImageTextState =
  | { status: 'idle' }
  | { status: 'reading' }
  | { status: 'read'; reading: ImageReading }
  | { status: 'failed'; error: OcrFailure };

/**
 * Reads `source` whenever `key` changes. A reading that arrives after the source has changed again is dropped
 * (the person chose another image meanwhile). What the text says is checked with the rest of the checklist's
 * draft, as a part of its own (src/engine, "Parts of a draft").
 */
export function useImageText(
  service: ImageTextService | undefined,
  source: ImageSource | null,
  /** Changes when the image does (an address, or a count of files chosen). */
  key: string,
): ImageTextState {
  const [state, setState] = useState<ImageTextState>({ status: 'idle' });

  useEffect(() => {
    if (!source || !service) {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState({ status: 'reading' });
    service
      .read(source)
      .then((answer) => {
        if (!current) return;
        setState(
          answer.ok ? { status: 'read', reading: answer.reading } : { status: 'failed', error: answer.error },
        );
      })
      .catch(() => current && setState({ status: 'failed', error: 'failed' }));
    return () => {
      current = false;
    };
  }, [key, service]);

  return state;
}

/** The text read, when there is some to check. */
export function textRead(state: ImageTextState): string | null {
  return state.status === 'read' && state.reading.status === 'read' && state.reading.text.trim()
    ? state.reading.text
    : null;
}
