import { describe, expect, it } from 'vitest';
import { createChecker } from '../engine';
import type { CompiledPack } from '../engine/types';
import { loadBuiltInPacks } from '../../tests/support/builtin-packs';
import { checkImageText } from './image-findings';

const packs: CompiledPack[] = loadBuiltInPacks();
const checker = createChecker(packs);

describe('checkImageText', () => {
  it('finds a document in the text of an image, with excerpts from that text', () => {
    const text = 'TỐI MẬT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 112/BC-ANNĐ';
    const result = checkImageText(checker, packs, text);
    const stamp = result.findings.find((f) => f.ruleId === 'secrecy-stamp');
    expect(stamp && text.slice(stamp.start, stamp.end)).toBe('TỐI MẬT');
    expect(stamp?.excerpt).toContain('TỐI MẬT');
    expect(result.verdict).toBe('critical');
    expect(result.questions.find((q) => q.id === 'source')?.hints.length).toBeGreaterThan(0);
  });

  it('leaves out the measures of how a person writes, and links misread by OCR', () => {
    const meme = 'KHI SẾP BẢO!!!!!\nMAI HỌP LÚC 7 GIỜ SÁNG!!!!!\nXEM NGAY bit.ly/abc';
    const asText = checker.check({ text: meme });
    expect(asText.findings.length + asText.links.length).toBeGreaterThan(0);
    const asImage = checkImageText(checker, packs, meme);
    expect(asImage.findings).toEqual([]);
    expect(asImage.links).toEqual([]);
    expect(asImage.verdict).toBe('clean');
  });

  it('is clean for an image with no text', () => {
    expect(checkImageText(checker, packs, '  ')).toEqual({
      verdict: 'clean',
      findings: [],
      links: [],
      questions: [],
    });
  });
});
