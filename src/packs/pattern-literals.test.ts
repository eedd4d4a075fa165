import { describe, expect, it } from 'vitest';
import { check } from '../engine/checker';
import type { CompiledPack } from '../engine/types';
import { compileRule } from './compile-pack';
import { requiredLiterals } from './pattern-literals';
import type { RuleSource } from './schema';

/** Every match of `pattern` in `text` contains one of the derived literals (the property the engine needs). */
function sound(pattern: string, flags: string, text: string): boolean {
  const literals = requiredLiterals(pattern, flags);
  if (!literals) return true;
  return [...text.matchAll(new RegExp(pattern, flags + 'gu'))].every((m) =>
    literals.some((l) => m[0].includes(l)),
  );
}

describe('requiredLiterals', () => {
  it('a plain word, and the longest run around unknown parts', () => {
    expect(requiredLiterals('tài liệu mật', '')).toEqual(['tài liệu mật']);
    expect(requiredLiterals('\\d{3} công văn \\d+', '')).toEqual([' công văn ']);
    expect(requiredLiterals('(?<![\\p{L}])mật(?![\\p{L}])', '')).toEqual(['mật']);
  });

  it('small classes and alternations become every spelling', () => {
    expect(requiredLiterals('[Ss][ốo] hiệu', '')).toEqual(['So hiệu', 'Số hiệu', 'so hiệu', 'số hiệu']);
    expect(requiredLiterals('(?:nghe nói|nghe đồn) rằng', '')).toEqual(['nghe nói rằng', 'nghe đồn rằng']);
    expect(requiredLiterals('tin (?:nóng )?hổi', '')).toEqual(['tin hổi', 'tin nóng hổi']);
  });

  it('an alternation needs a literal in every branch, or it gives none', () => {
    expect(requiredLiterals('khẩn|\\d{10}', '')).toBeUndefined();
    expect(requiredLiterals('khẩn cấp|hỏa tốc', '')).toEqual(['hỏa tốc', 'khẩn cấp']);
    // Each branch keeps its own best literal, joined around the unknown part.
    expect(requiredLiterals('số \\d+|mã [A-Z]+ hồ sơ', '')).toEqual([' hồ sơ', 'số ']);
  });

  it('gives none where matches need no particular text', () => {
    expect(requiredLiterals('\\p{Lu}{5,}', '')).toBeUndefined();
    expect(requiredLiterals('[^a-z]+', '')).toBeUndefined();
    expect(requiredLiterals('(?:abc)?\\d', '')).toBeUndefined();
    expect(requiredLiterals('(a', '')).toBeUndefined();
  });

  it('under the i flag: ASCII only, in lower case', () => {
    expect(requiredLiterals('Tin [Nn]ÓNG', 'i')).toEqual(['tin n']);
    expect(requiredLiterals('KHONG (?:Thay|co)', 'i')).toEqual(['khong co', 'khong thay']);
    expect(requiredLiterals('MẬT', 'i')).toEqual(['m']);
    expect(requiredLiterals('ẬỘ', 'i')).toBeUndefined();
  });

  it('look-arounds are not part of the match: their text is not required', () => {
    expect(requiredLiterals('(?<=theo )nguồn', '')).toEqual(['nguồn']);
    expect(requiredLiterals('a(?=xyz)b', '')).toEqual(['ab']);
  });

  it('every derived set holds a part of every match', () => {
    const text = 'Số 12/QĐ-UBND, so 3, tin nóng hổi, tin hổi, nghe đồn rằng, mã ABC hồ sơ, số 7 ';
    for (const p of ['[Ss][ốo] \\d+', 'tin (?:nóng )?hổi', 'số \\d+|mã [A-Z]+ hồ sơ', '\\d+/[A-ZĐ]+'])
      expect(sound(p, '', text)).toBe(true);
  });
});

describe('compiled pattern rules with their literals, in the engine', () => {
  const packOf = (...rules: [string, string, string, boolean][]): CompiledPack[] => [
    {
      id: 'p',
      version: '1.0.0',
      name: { vi: 'p', en: 'p' },
      questions: [],
      rules: rules.map(([id, pattern, flags, fold]) =>
        compileRule({
          id,
          kind: 'pattern',
          pattern,
          flags,
          fold,
          category: 'unverified-claim',
          question: 'source',
          severity: 'warning',
          message: { vi: 'm', en: 'm' },
        } as RuleSource),
      ),
    },
  ];
  const ids = (packs: CompiledPack[], text: string) =>
    check(text, packs)
      .findings.map((f) => f.ruleId)
      .sort();
  const packs = packOf(
    ['exact', '(?<![\\p{L}])[Tt]ài liệu mật', '', false],
    ['ignore-case', 'tài liệu mật', 'i', false],
    ['folded', 'tai lieu (?:mat|noi bo)', '', true],
    ['no-common', 'khẩn|\\d{4}', '', false],
    ['folded-ignore-case', 'KHONG (?:thay|CO) ai', 'i', true],
  );

  it('compiles the literals into the rule', () => {
    expect(packs[0]?.rules.map((r) => (r.kind === 'pattern' ? r.literals : null))).toEqual([
      ['Tài liệu mật', 'tài liệu mật'],
      undefined,
      ['tai lieu mat', 'tai lieu noi bo'],
      undefined,
      ['khong co ai', 'khong thay ai'],
    ]);
  });

  it('still finds what the patterns match, whatever the case and diacritics', () => {
    expect(ids(packs, 'TÀI LIỆU MẬT')).toEqual(['folded', 'ignore-case']);
    expect(ids(packs, 'Tài liệu mật')).toEqual(['exact', 'folded', 'ignore-case']);
    expect(ids(packs, 'Tai lieu NỘI BỘ')).toEqual(['folded']);
    expect(ids(packs, 'năm 2024')).toEqual(['no-common']);
    expect(ids(packs, 'khẩn')).toEqual(['no-common']);
    expect(ids(packs, 'Chúc cả nhà vui vẻ')).toEqual([]);
    expect(ids(packs, 'KHÔNG THẤY AI nói gì')).toEqual(['folded-ignore-case']);
  });

  it('a case-insensitive pattern still runs where the folded text holds ſ (it matches s under iu)', () => {
    const [sao] = packOf(['sao', 'sao ke', 'i', true]);
    const withLiterals = [sao as CompiledPack];
    expect((sao?.rules[0] as { literals?: string[] }).literals).toEqual(['sao ke']);
    expect(ids(withLiterals, 'ſao kê')).toEqual(['sao']);
    expect(ids(withLiterals, 'bảng kê')).toEqual([]);
  });
});
