import { useState } from 'preact/hooks';
import { toBase64, type ImageSource } from '../../ocr/ocr-protocol';
import type { UiLanguage } from '../locale';
import { FindingList } from '../result/FindingList';
import { IMAGE_TEXT_STRINGS } from './image-text-strings';
import { useImageText, type ImageTextService } from './useImageText';

export interface ImageTextPanelProps {
  lang: UiLanguage;
  service: ImageTextService;
  /** The address of an image handed over (context menu, link), with the tab it was right-clicked in. */
  image?: { url: string; tabId?: number; frameId?: number };
  /** Offer to choose an image file from the computer (the checklist page). */
  allowFile?: boolean;
}

/**
 * The text read from an image, checked like text: what was read (folded away), what the rules found in it,
 * and plain words for what could not be read. Everything happens on this computer (src/ocr).
 */
export function ImageTextPanel({ lang, service, image, allowFile }: ImageTextPanelProps) {
  const t = IMAGE_TEXT_STRINGS[lang];
  const [file, setFile] = useState<{ source: ImageSource; count: number } | null>(null);
  const source: ImageSource | null = file?.source ?? (image ? { ...image } : null);
  const state = useImageText(service, source, file ? `file:${file.count}` : image ? `url:${image.url}` : '');
  if (!source && !allowFile) return null;

  const choose = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    if (!chosen) return;
    const bytes = toBase64(new Uint8Array(await chosen.arrayBuffer()));
    setFile((previous) => ({ source: { bytes }, count: (previous?.count ?? 0) + 1 }));
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
          {state.result && state.result.findings.length > 0 ? (
            <div data-testid="wr-image-findings">
              <p class="wr-context">
                <span class="wr-context-label">{t.inImage}:</span>
              </p>
              <FindingList findings={state.result.findings} lang={lang} hideTitle />
            </div>
          ) : (
            state.result && <p class="wr-empty">{t.nothingFound}</p>
          )}
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
      {allowFile && (
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
