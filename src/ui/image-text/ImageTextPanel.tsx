import { toBase64, type ImageSource } from '../../ocr/ocr-protocol';
import type { UiLanguage } from '../locale';
import { IMAGE_TEXT_STRINGS } from './image-text-strings';
import type { ImageTextState } from './useImageText';

export interface ImageTextPanelProps {
  lang: UiLanguage;
  state: ImageTextState;
  /** Offer to choose an image file from the computer (the checklist page): its bytes go to `onFile`. */
  onFile?: (source: ImageSource) => void;
}

/**
 * How the reading of an image went: reading, what was read (folded away), or plain words for what could not be
 * read. What its text says is shown with the checklist's findings ("in the image"). Everything happens on
 * this computer (src/ocr).
 */
export function ImageTextPanel({ lang, state, onFile }: ImageTextPanelProps) {
  const t = IMAGE_TEXT_STRINGS[lang];
  if (state.status === 'idle' && !onFile) return null;

  const choose = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    if (!chosen || !onFile) return;
    onFile({ bytes: toBase64(new Uint8Array(await chosen.arrayBuffer())) });
  };

  return (
    <section class="wr-section wr-image-text" data-testid="wr-image-text" data-status={state.status}>
      <h3 class="wr-section-title">{t.heading}</h3>
      {state.status === 'reading' && (
        <p class="wr-loading" role="status">
          {t.reading}
        </p>
      )}
      {state.status === 'failed' && <p class="wr-notice">{t.failed[state.error]}</p>}
      {state.status === 'read' && state.reading.status === 'too-small' && (
        <p class="wr-notice">{t.tooSmall}</p>
      )}
      {state.status === 'read' && state.reading.status === 'no-text' && <p class="wr-notice">{t.noText}</p>}
      {state.status === 'read' && state.reading.status === 'read' && (
        <>
          <p class="wr-context">{t.checkedWithText}</p>
          <details class="wr-context">
            <summary>{t.textLabel}</summary>
            <pre
              class="wr-image-text-read"
              data-testid="wr-image-text-read"
              style={{ whiteSpace: 'pre-wrap' }}
            >
              {state.reading.text}
            </pre>
          </details>
        </>
      )}
      {onFile && (
        <label class="wr-context">
          {t.choose}{' '}
          <input
            type="file"
            accept="image/*"
            data-testid="wr-image-file"
            onChange={(event) => void choose(event.currentTarget)}
          />
        </label>
      )}
      <p class="wr-context">{t.local}</p>
    </section>
  );
}
