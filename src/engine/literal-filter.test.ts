import { describe, expect, it } from 'vitest';
import { LiteralFilter } from './literal-filter';

describe('LiteralFilter', () => {
  const filter = new LiteralFilter();
  filter.add(1, ['công văn', 'tài liệu']);
  filter.add(2, ['mật']);
  filter.add(3, undefined);
  filter.add(4, ['', 7]);
  filter.add(5, ['?', 'nghe nói']);

  it('a rule may match where one of its literals occurs, anywhere in the text', () => {
    const mayMatch = filter.scan('Gửi tài liệu này ngay');
    expect(mayMatch(1)).toBe(true);
    expect(mayMatch(2)).toBe(false);
  });

  it('rules without a (valid) list, with a one-character literal, and unknown slots always run', () => {
    const mayMatch = filter.scan('không có gì');
    expect([1, 2, 3, 4, 5, 99].map(mayMatch)).toEqual([false, false, true, true, true, true]);
  });
});
