import { useEffect, useState } from 'preact/hooks';
import type { CheckResult } from '../../engine/types';
import type { ImageSource, OcrFailure, OcrResponse } from '../../ocr/ocr-protocol';
import type { ImageReading } from '../../ocr/read-image';

/** What the page gives the panel: reading an image (through the background) and checking its text. */
export interface ImageTextService {
  read(source: ImageSource): Promise<OcrResponse>;
  /** Checks an image's text (src/ocr/image-findings.ts); null while the rules load. */
  check: ((text: string) => CheckResult) | null;
}

export type ImageTextState =
  | { status: 'idle' }
  | { status: 'reading' }
  | { status: 'read'; reading: ImageReading; result: CheckResult | null }
  | { status: 'failed'; error: OcrFailure };

/**
 * Reads `source` whenever `key` changes and checks what it says. A reading that arrives after the source has
 * changed again is dropped (the person chose another image meanwhile).
 */
export function useImageText(
  service: ImageTextService,
  source: ImageSource | null,
  /** Changes when the image does (an address, or a count of files chosen). */
  key: string,
): ImageTextState {
  const [state, setState] = useState<ImageTextState>({ status: 'idle' });
  const [reading, setReading] = useState<ImageReading | null>(null);

  useEffect(() => {
    if (!source) {
      setState({ status: 'idle' });
      setReading(null);
      return;
    }
    let current = true;
    setState({ status: 'reading' });
    setReading(null);
    service
      .read(source)
      .then((answer) => {
        if (!current) return;
        if (answer.ok) setReading(answer.reading);
        else setState({ status: 'failed', error: answer.error });
      })
      .catch(() => current && setState({ status: 'failed', error: 'failed' }));
    return () => {
      current = false;
    };
  }, [key]);

  // Checked again when the rules change (or arrive after the reading).
  useEffect(() => {
    if (!reading) return;
    const result = reading.status === 'read' && service.check ? service.check(reading.text) : null;
    setState({ status: 'read', reading, result });
  }, [reading, service.check]);

  return state;
}
