import { describe, expect, it } from 'vitest';
import type { Evidence } from '../engine/types';
import { markerLines, markersInline, signedWeight, tallySummary } from './group-tally-text';
import { lineColumnOf } from './text-position';

const marker = (ruleId: string, weight: number, start: number, end: number, excerpt: string): Evidence => ({
  ruleId,
  weight,
  start,
  end,
  excerpt,
  message: { vi: 'x', en: 'x' },
});

describe('group tally text', () => {
  it('signs weights and rounds decimal sums', () => {
    expect([signedWeight(0.5), signedWeight(-1), signedWeight(0.1 + 0.2)]).toEqual(['+0.5', '-1', '+0.3']);
  });

  it('says how much a group reached, or how far short it fell', () => {
    expect(tallySummary({ total: 1.25, reach: 1, reached: true })).toBe('1.25 of 1 / đạt 1.25 trên 1');
    expect(tallySummary({ total: 0.7, reach: 1, reached: false })).toBe('0.7 of 1, 0.3 short / thiếu 0.3');
  });

  it('lists markers with aligned weights and rules, line:column, and whole-text signals', () => {
    const text = 'NÓNG!!!\nnghe nói';
    const lines = markerLines(
      [
        marker('framing', 0.5, 0, 4, 'NÓNG'),
        marker('hearsay', 0.25, 8, 16, 'nghe nói'),
        marker('unsourced', -1, 0, 0, ''),
      ],
      lineColumnOf(text),
      '  ',
    );
    expect(lines).toEqual([
      '  +0.5   framing    1:1  "NÓNG"',
      '  +0.25  hearsay    2:1  "nghe nói"',
      '  -1     unsourced  toàn bài / whole text',
    ]);
    expect(
      markersInline([marker('hearsay', 0.5, 0, 8, 'nghe nói'), marker('unsourced', 0.2, 0, 0, '')]),
    ).toBe('hearsay +0.5 "nghe nói", unsourced +0.2 (toàn bài / whole text)');
  });
});
