import { describe, expect, it } from 'vitest';
import { checkPatternSafety } from './regex-safety';

// Each dangerous pattern is also timed against the real engine in one case below, so the table is not only
// the checker agreeing with itself.
const dangerous: Array<[pattern: string, flags: string, why: RegExp]> = [
  ['(a+)+$', '', /nested quantifier/],
  ['(a|a)*b', '', /alternatives/],
  ['(\\w+\\s?)*$', '', /nested quantifier/],
  ['(.*a){20}', '', /nested quantifier/],
  ['(a*)*b', '', /nested quantifier/],
  ['(?:a+){2,}c', '', /nested quantifier/],
  ['(\\w+\\d)+!', '', /nested quantifier/],
  ['(\\d{1,3},?)+x', '', /nested quantifier/],
  ['(a{2,3})+$', '', /nested quantifier/],
  ['((a+)b?)+$', '', /nested quantifier/],
  ['(a+|b)+c', '', /nested quantifier/],
  ['(\\s|\\n)+x', '', /alternatives/],
  ['(a|ab)+c', '', /alternatives/],
  ['(?:[A-Z]\\.|\\w+)+$', '', /nested quantifier|alternatives/],
  ['(A+)+$', 'i', /nested quantifier/],
  ['(a+A)+$', 'i', /nested quantifier/],
  ['(.*,)+x', '', /nested quantifier/],
  ['([\\s\\S]*\\n)+x', '', /nested quantifier/],
  ['(\\p{L}+\\s?)+$', '', /nested quantifier/],
  ['(a|\\p{Ll})+$', '', /alternatives/],
  ['(?=(a+)+)x', '', /nested quantifier/],
  ['(a)\\1', '', /backreference/],
  ['(?<x>a)\\k<x>', '', /backreference/],
  ['(?<=a+)b', '', /lookbehind/],
  ['(?<!.*x)b', '', /lookbehind/],
  ['(?<!(?:ab)*)c', '', /lookbehind/],
  ['(?<![a-z]{1,41})b', '', /lookbehind/],
  ['(?<!(?:x|(y+))z)b', '', /lookbehind/],
  ['(?<=(a+)+)b', '', /lookbehind|nested quantifier/],
  ['a*', '', /empty string/],
  ['(?:)', '', /empty string/],
  ['\\b', '', /empty string/],
  ['(', '', /invalid regular expression/],
  ['a{2,1}', '', /invalid regular expression/],
  ['\\q', '', /invalid regular expression/], // identity escapes of letters are errors in `u` mode
];

const safe: Array<[pattern: string, flags: string]> = [
  ['^\\d{3}$', ''],
  ['Số:\\s*\\d+\\/[A-ZĐ]+(?:-[A-ZĐ]+)*', ''],
  ['\\b\\d{12}\\b', ''],
  ['(?:\\+84|84|0)(?:3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-46-9])\\d{7}', ''],
  ['(\\d+\\.)+\\d+', ''],
  ['[a-z]+(?:-[a-z]+)*', ''],
  ['(?:ab)+', ''],
  ['(?:\\s|,)+x', ''],
  ['https?:\\/\\/\\S+', ''],
  ['(?:[\\w-]+\\.)+[a-z]{2,}', 'i'],
  ['\\d{1,3}(?:\\.\\d{1,3}){3}', ''],
  ['(\\d[ .-]?){8,9}\\d', ''],
  ['(?:\\w+\\s)+', ''],
  ['(?:\\w+\\s+)+\\w+', ''],
  ['(?:\\b\\w+\\b\\s*)+', ''],
  ['(?:\\s*[-–•]\\s*\\w+)+', ''],
  ['(?:Mr|Ms)\\.', ''],
  ['(?:nghe (?:nói|đồn|bảo))', 'i'],
  ['\\d{2,4}[-/.]\\d{1,2}[-/.]\\d{1,4}', ''],
  ['(?:\\d{1,2}){2}', ''],
  ['\\u{1F600}+', ''],
  ['[\\uD83D\\uDE00-\\uD83D\\uDE4F]', ''],
  ['(?<year>\\d{4})-(?<month>\\d{2})', ''],
  ['(?=\\d)\\w+', ''],
  ['(?!x)[a-z]+', ''],
  ['[^\\s]+@[^\\s]+\\.[a-z]+', ''],
  ['\\p{Lu}{4,}', ''],
  ['.+', 's'],
  ['^(?:TUYỆT MẬT|TỐI MẬT|MẬT)$', 'm'],
  ['\\d+-(?:QĐ|KH|BC|CV)\\/(?:TW|TU|HU|ĐU)', ''],
  // Bounded lookbehind: a fixed or bounded number of characters before the position.
  ['(?<=a)b', ''],
  ['(?<!a)b', ''],
  ['(?<![\\p{L}\\d])\\d{12}(?!\\d)', ''],
  ['(?<!liên hệ\\s?)0\\d{9}', 'i'],
  ['(?<!(?:hotline|lh|zalo)[^a-z\\d]{1,4})(?<![\\d+])0\\d{9}', ''],
  ['(?<![a-z]{1,40})b', ''],
];

describe('checkPatternSafety', () => {
  it.each(dangerous)('rejects %s (flags "%s")', (pattern, flags, why) => {
    expect(checkPatternSafety(pattern, flags)).toMatch(why);
  });

  it.each(safe)('accepts %s (flags "%s")', (pattern, flags) => {
    expect(checkPatternSafety(pattern, flags)).toBeNull();
  });

  it('names the offending part of the pattern', () => {
    expect(checkPatternSafety('x(\\w+\\s?)*$', '')).toContain('"\\w+" inside "(\\w+\\s?)*"');
  });

  it('the nested-quantifier case really is slow on the real engine, the rewrite is not', () => {
    const input = `${'a'.repeat(24)}!`;
    const time = (re: RegExp) => {
      const t0 = performance.now();
      re.test(input);
      return performance.now() - t0;
    };
    const bad = time(/^(a+)+$/u);
    const good = time(/^a+$/u);
    expect(bad).toBeGreaterThan(good * 10);
  });
});
