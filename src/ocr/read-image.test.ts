import { describe, expect, it } from 'vitest';
import type { Raster } from './raster';
import { joinLoneSecrecyWord, readImage, tidyText, type OcrEngine } from './read-image';

function white(width: number, height: number): Raster {
  return { width, height, data: new Uint8ClampedArray(width * height * 4).fill(255) };
}

/** A page with one red framed stamp at the top left, like a document's secrecy stamp. */
function stampedPage(): Raster {
  const raster = white(1240, 1000);
  const fill = (x: number, y: number, w: number, h: number) => {
    for (let j = y; j < y + h; j++)
      for (let i = x; i < x + w; i++) raster.data.set([208, 20, 30, 255], (j * 1240 + i) * 4);
  };
  fill(300, 200, 200, 4);
  fill(300, 256, 200, 4);
  fill(300, 200, 4, 60);
  fill(496, 200, 4, 60);
  for (const dx of [30, 85, 140]) fill(300 + dx, 216, 30, 28);
  return raster;
}

function engine(page: string, line: string): OcrEngine & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    recognize: async (_pgm, mode) => {
      calls.push(mode);
      return { text: mode === 'page' ? page : line, confidence: 80 };
    },
  };
}

describe('readImage', () => {
  it('puts the stamp read on its own line above the page text, written as printed', async () => {
    const ocr = engine('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/QĐ-UBND\n', 'TÔI MẬT');
    const reading = await readImage(stampedPage(), ocr);
    expect(reading.status).toBe('read');
    expect(reading.stamps).toEqual(['TỐI MẬT']);
    expect(reading.text).toBe('TỐI MẬT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/QĐ-UBND');
    expect(ocr.calls).toEqual(['line', 'page']);
  });

  it('does not repeat a stamp the page pass already read as a line', async () => {
    const reading = await readImage(stampedPage(), engine('MẬT\nSố: 12/QĐ-UBND', 'MẬT'));
    expect(reading.text).toBe('MẬT\nSố: 12/QĐ-UBND');
  });

  it('says an image is too small to read instead of finding nothing, without reading it', async () => {
    const ocr = engine('anything', 'anything');
    const reading = await readImage(white(300, 150), ocr);
    expect(reading.status).toBe('too-small');
    expect(ocr.calls).toEqual([]);
  });

  it('says when no words came out', async () => {
    const reading = await readImage(white(1000, 800), engine(' | — \n', ''));
    expect([reading.status, reading.text]).toEqual(['no-text', '']);
  });

  it('joins a lone "MẬT" heading to its next line when the page has no stamp (a honey advert)', async () => {
    const reading = await readImage(white(1200, 628), engine('MẬT\nONG BẠC HÀ\nĐặc sản Hà Giang', ''));
    expect(reading.text).toBe('MẬT ONG BẠC HÀ\nĐặc sản Hà Giang');
  });
});

describe('text helpers', () => {
  it('tidies Tesseract output', () => {
    expect(tidyText('  a  b \r\n\n\n\nc\t')).toBe('a b\n\nc');
  });
  it('leaves a lone MẬT before a blank line or at the end alone', () => {
    expect(joinLoneSecrecyWord('MẬT\n\nBÁO CÁO')).toBe('MẬT\n\nBÁO CÁO');
    expect(joinLoneSecrecyWord('x\nMẬT')).toBe('x\nMẬT');
  });
});
