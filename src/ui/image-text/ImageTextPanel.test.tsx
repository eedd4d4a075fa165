// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChecker } from '../../engine';
import type { CompiledPack } from '../../engine/types';
import { checkImageText } from '../../ocr/image-findings';
import type { ImageSource, OcrResponse } from '../../ocr/ocr-protocol';
import { ImageTextPanel } from './ImageTextPanel';
import type { ImageTextService } from './useImageText';

/** The stamp rule of vn-internal-documents, compiled. */
const packs: CompiledPack[] = [
  {
    id: 'vn-internal-documents',
    version: '1.0.0',
    name: { vi: 'Tài liệu nội bộ', en: 'Internal documents' },
    questions: [],
    rules: [
      {
        id: 'secrecy-stamp',
        kind: 'phrase',
        category: 'internal-document',
        question: 'source',
        severity: 'critical',
        weight: 1,
        phrases: ['TUYỆT MẬT', 'TỐI MẬT'],
        match: 'exact',
        wholeLine: false,
        upperCaseOnly: true,
        message: { vi: 'Bài có dấu độ mật.', en: 'The post carries a secrecy stamp.' },
      },
    ],
  },
];
const checker = createChecker(packs);

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
});

function reading(text: string, status: 'read' | 'no-text' | 'too-small' = 'read'): OcrResponse {
  return {
    ok: true,
    hash: 'h',
    cached: false,
    reading: { status, text, stamps: [], size: { width: 1000, height: 1400 }, ms: 900 },
  };
}

async function show(
  answer: OcrResponse,
  image = { url: 'https://c.vn/a.jpg', tabId: 3, frameId: 0 },
  lang: 'vi' | 'en' = 'vi',
) {
  const read = vi.fn(async (_source: ImageSource) => answer);
  const service: ImageTextService = { read, check: (text) => checkImageText(checker, packs, text) };
  await act(async () => {
    render(<ImageTextPanel lang={lang} service={service} image={image} />, document.body);
  });
  await act(async () => {
    await Promise.resolve();
  });
  return { read, panel: document.querySelector('[data-testid="wr-image-text"]') as HTMLElement };
}

describe('ImageTextPanel', () => {
  it('reads a right-clicked image in its tab and shows what the rules find in its text', async () => {
    const { read, panel } = await show(reading('TỐI MẬT\n\nSố: 112/BC-ANNĐ\nBÁO CÁO'));
    expect(read).toHaveBeenCalledWith({ url: 'https://c.vn/a.jpg', tabId: 3, frameId: 0 });
    expect(panel.dataset.status).toBe('read');
    const stamp = panel.querySelector('[data-testid="wr-finding"][data-rule-id="secrecy-stamp"]');
    expect(stamp?.textContent).toContain('TỐI MẬT');
    expect(panel.querySelector('[data-testid="wr-image-text-read"]')?.textContent).toContain(
      'Số: 112/BC-ANNĐ',
    );
    expect(panel.textContent).toContain('không được gửi đi đâu');
  });

  it('says an image is too small to read, rather than that nothing was found', async () => {
    const { panel } = await show(reading('', 'too-small'), undefined, 'en');
    expect(panel.textContent).toContain('too small to read');
    expect(panel.querySelector('[data-testid="wr-finding"]')).toBeNull();
  });

  it('says plainly why an image could not be read', async () => {
    const { panel } = await show({ ok: false, error: 'unavailable', message: 'x' });
    expect(panel.dataset.status).toBe('failed');
    expect(panel.textContent).toContain('Không lấy được ảnh này');
  });

  it('finds nothing in a honey advert', async () => {
    const { panel } = await show(reading('MẬT ONG BẠC HÀ\nKính gửi quý khách hàng!'));
    expect(panel.querySelector('[data-testid="wr-finding"]')).toBeNull();
    expect(panel.textContent).toContain('Không thấy dấu hiệu');
  });
});
