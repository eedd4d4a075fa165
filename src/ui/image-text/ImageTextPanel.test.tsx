// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImageReading } from '../../ocr/read-image';
import { ImageTextPanel } from './ImageTextPanel';
import type { ImageTextState } from './useImageText';

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
});

function read(text: string, status: ImageReading['status'] = 'read'): ImageTextState {
  return {
    status: 'read',
    reading: { status, text, stamps: [], size: { width: 1000, height: 1400 }, ms: 900 },
  };
}

function show(state: ImageTextState, lang: 'vi' | 'en' = 'vi', onFile?: () => void) {
  act(() =>
    render(<ImageTextPanel lang={lang} state={state} {...(onFile ? { onFile } : {})} />, document.body),
  );
  return document.querySelector('[data-testid="wr-image-text"]') as HTMLElement | null;
}

describe('ImageTextPanel', () => {
  it('shows the text read (folded away) and says it was checked with the rest, on this computer', () => {
    const panel = show(read('TỐI MẬT\n\nSố: 112/BC-ANNĐ\nBÁO CÁO'));
    expect(panel?.dataset.status).toBe('read');
    expect(panel?.querySelector('[data-testid="wr-image-text-read"]')?.textContent).toContain(
      'Số: 112/BC-ANNĐ',
    );
    expect(panel?.textContent).toContain('“trong ảnh”');
    expect(panel?.textContent).toContain('không được gửi đi đâu');
  });

  it('says an image is too small to read, rather than that nothing was found', () => {
    expect(show(read('', 'too-small'), 'en')?.textContent).toContain('too small to read');
  });

  it('says plainly why an image could not be read, and that it is reading', () => {
    expect(show({ status: 'failed', error: 'unavailable' })?.textContent).toContain('Không lấy được ảnh này');
    expect(show({ status: 'reading' }, 'en')?.querySelector('[role="status"]')?.textContent).toContain(
      'Reading',
    );
  });

  it('shows nothing until there is an image, unless a file may be chosen', () => {
    expect(show({ status: 'idle' })).toBeNull();
    expect(
      show({ status: 'idle' }, 'vi', vi.fn())?.querySelector('[data-testid="wr-image-file"]'),
    ).not.toBeNull();
  });
});
