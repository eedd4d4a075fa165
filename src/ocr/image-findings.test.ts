import { describe, expect, it } from 'vitest';
import { createChecker } from '../engine';
import type { CompiledPack } from '../engine/types';
import { stampRule } from '../engine/testing/compiled-rules';
import { checkImageText } from './image-findings';

/** The built-in stamp, header and tone rules, in small (the built-in packs are tested on their own). */
const packs: CompiledPack[] = [
  {
    id: 'docs',
    version: '1.0.0',
    name: { vi: 'Tài liệu', en: 'Documents' },
    questions: [],
    rules: [
      stampRule(['TUYỆT MẬT', 'TỐI MẬT', 'MẬT']),
      {
        id: 'shouting',
        kind: 'signal',
        signal: 'caps-ratio',
        threshold: 0.6,
        minWords: 5,
        category: 'tone',
        question: 'intent',
        severity: 'warning',
        weight: 1,
        message: { vi: 'Chữ in hoa.', en: 'Capitals.' },
      },
      {
        id: 'links',
        kind: 'domain',
        category: 'source',
        question: 'source',
        severity: 'warning',
        weight: 1,
        message: { vi: 'Link.', en: 'Link.' },
        official: [],
        known: [],
        shorteners: ['bit.ly'],
        flagged: [],
        protect: [],
        report: { shortener: 'warning' },
      },
    ],
  },
];
const checker = createChecker(packs);

describe('checkImageText', () => {
  it('finds a stamp line in the text of an image, with offsets and excerpts from that text', () => {
    const text = 'TỐI MẬT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 112/BC-ANNĐ';
    const result = checkImageText(checker, text);
    const stamp = result.findings.find((f) => f.ruleId === 'secrecy-stamp');
    expect(stamp && text.slice(stamp.start, stamp.end)).toBe('TỐI MẬT');
    expect(stamp?.part).toEqual({ kind: 'image', index: 0 });
    expect(result.verdict).toBe('critical');
    expect(result.questions.find((q) => q.id === 'source')?.hints.length).toBeGreaterThan(0);
  });

  it('leaves out the measures of how a person writes, and links misread by OCR', () => {
    const meme = 'KHI SẾP BẢO!!!!!\nMAI HỌP LÚC 7 GIỜ SÁNG!!!!!\nXEM NGAY bit.ly/abc';
    const asText = checker.check({ text: meme });
    expect(asText.findings.map((f) => f.ruleId).sort()).toEqual(['links', 'shouting']);
    const asImage = checkImageText(checker, meme);
    expect(asImage.findings).toEqual([]);
    expect(asImage.links).toEqual([]);
    expect(asImage.verdict).toBe('clean');
  });

  it('is clean for an image with no text', () => {
    expect(checkImageText(checker, '  ')).toMatchObject({ verdict: 'clean', findings: [], links: [] });
  });
});
