import { describe, expect, it } from 'vitest';
import { speedUpPattern } from './pattern-speedup';

describe('speedUpPattern', () => {
  it.each([
    [String.raw`(?:^|[^\p{L}])nghe nói`, String.raw`(?<![\p{L}])nghe nói`],
    [
      String.raw`(?:^|[^\p{L}\p{N}])(?:NÓNG|SỐC)(?=[ \t]*[:!])`,
      String.raw`(?<![\p{L}\p{N}])(?:NÓNG|SỐC)(?=[ \t]*[:!])`,
    ],
    [String.raw`(?:^|[^a-z])stk\d|(?:^|[^a-z])vcb\d`, String.raw`(?<![a-z])stk\d|(?<![a-z])vcb\d`],
    [String.raw`(?:(?:^|[^a-z])a|^b)c`, String.raw`(?:(?<![a-z])a|^b)c`],
    [String.raw`(?<name>(?:^|[^\]a])x)`, String.raw`(?<name>(?<![\]a])x)`],
  ])('rewrites %s at the start of the match', (source, expected) => {
    expect(speedUpPattern(source)).toBe(expected);
  });

  it.each([
    String.raw`x(?:^|[^a-z])y`, // not at the start: the group consumes a character between x and y
    String.raw`(?!(?:^|[^a-z])y)z`, // inside a lookaround
    String.raw`(?:(?:^|[^a-z])y)+`, // repeated
    String.raw`(?:^|[^a-z])?y`, // the group itself quantified
    String.raw`[(?:^|[^a-z])]y`, // inside a class
    String.raw`\(?:^|[^a-z])y`, // escaped
    String.raw`(?:^|\s)y`, // not a negated class
  ])('leaves %s alone', (source) => {
    expect(speedUpPattern(source)).toBe(source);
  });

  it('keeps the group when the m flag lets ^ match after a line break the class holds', () => {
    expect(speedUpPattern(String.raw`(?:^|[^\s])x`, 'm')).toBe(String.raw`(?:^|[^\s])x`);
    expect(speedUpPattern(String.raw`(?:^|[^\s])x`, '')).toBe(String.raw`(?<![\s])x`);
    expect(speedUpPattern(String.raw`(?:^|[^\p{L}])x`, 'm')).toBe(String.raw`(?<![\p{L}])x`);
  });

  it('finds the same words, starting at the word instead of the character before it', () => {
    const source = String.raw`(?:^|[^\p{L}])(?:tham nhũng|ăn chặn)(?![\p{L}])`;
    const text = 'tham nhũng, đã ăn chặn; chốngtham nhũng; ăn chặnx';
    const find = (s: string) => [...text.matchAll(new RegExp(s, 'gu'))].map((m) => [m.index, m[0].trim()]);
    const before = find(source).map(([i, w]) => [
      (i as number) + (text[i as number] === 't' && i === 0 ? 0 : 1),
      w,
    ]);
    expect(find(speedUpPattern(source))).toEqual(before);
  });
});
