import { describe, expect, it } from 'vitest';
import { normalise, normalisePhrase, originalRange } from './normalise';

/** The original text behind a normalised range. */
function back(input: string, mode: 'exact' | 'case' | 'fold', needle: string): string {
  const n = normalise(input, mode);
  const at = n.text.indexOf(needle);
  expect(at, `"${needle}" in "${n.text}"`).toBeGreaterThanOrEqual(0);
  const [s, e] = originalRange(n, at, at + needle.length);
  return input.slice(s, e);
}

describe('normalise', () => {
  it('composes NFD input (Word/macOS paste) and maps offsets back to the decomposed original', () => {
    const nfd = 'Văn bản TỐI MẬT số 12'.normalize('NFD');
    expect(nfd.length).toBeGreaterThan('Văn bản TỐI MẬT số 12'.length);
    const n = normalise(nfd, 'exact');
    expect(n.text).toBe('Văn bản TỐI MẬT số 12');
    expect(back(nfd, 'exact', 'MẬT')).toBe('MẬT'.normalize('NFD'));
    expect(back(nfd, 'exact', 'TỐI MẬT').normalize('NFC')).toBe('TỐI MẬT');
  });

  it('keeps the map exact for NFC input', () => {
    const t = 'Chia sẻ ngay: nghe nói';
    const n = normalise(t, 'exact');
    expect(n.text).toBe(t);
    expect(n.starts).toBeNull(); // the identity, without allocating a map
    expect(originalRange(n, 3, 5)).toEqual([3, 5]);
    const f = normalise(t, 'fold');
    expect(f.text).toBe('chia se ngay: nghe noi');
    expect(originalRange(f, 14, 22)).toEqual([14, 22]);
  });

  it('case mode lower-cases, keeping diacritics', () => {
    expect(normalise('HỎA TỐC Đà Nẵng', 'case').text).toBe('hỏa tốc đà nẵng');
  });

  it('fold mode removes diacritics and folds đ/Đ to d', () => {
    expect(normalise('Đường ĐI đến Thủ Đức', 'fold').text).toBe('duong di den thu duc');
    expect(normalise('NGHE NÓI', 'fold').text).toBe('nghe noi');
    expect(normalise('Ðại (Latin eth)', 'fold').text).toBe('dai (latin eth)');
    expect(back('Ông ĐỖ văn A', 'fold', 'do van')).toBe('ĐỖ văn');
  });

  it('fold works on decomposed input and maps back to whole characters', () => {
    const nfd = 'Nghe nói Bộ trưởng'.normalize('NFD');
    const n = normalise(nfd, 'fold');
    expect(n.text).toBe('nghe noi bo truong');
    expect(back(nfd, 'fold', 'noi')).toBe('nói'.normalize('NFD'));
    expect(back(nfd, 'fold', 'bo truong')).toBe('Bộ trưởng'.normalize('NFD'));
  });

  it('collapses whitespace runs (NBSP, tabs) to one space and line-break runs to one newline', () => {
    const n = normalise('LƯU\u00a0HÀNH \t NỘI BỘ\r\n\r\nSố: 1', 'exact');
    expect(n.text).toBe('LƯU HÀNH NỘI BỘ\nSố: 1');
    expect(back('a  \u00a0 b', 'exact', ' b')).toBe('  \u00a0 b');
  });

  it('drops invisible characters used to dodge filters', () => {
    expect(normalise('ng\u200bhe n\u00adói', 'fold').text).toBe('nghe noi');
    expect(back('x ng\u200bhe y', 'exact', 'nghe')).toBe('ng\u200bhe');
  });

  it('aligns decomposed input with odd spacing, sequence by sequence', () => {
    const t = 'Nơi  nhận:\u00a0 Sở Y tế'.normalize('NFD');
    const n = normalise(t, 'exact');
    expect(n.text).toBe('Nơi nhận: Sở Y tế');
    expect(back(t, 'exact', 'nhận:').normalize('NFC')).toBe('nhận:');
    expect(back(t, 'exact', 'Sở').normalize('NFC')).toBe('Sở');
  });

  it('falls back to composing sequence by sequence when sequences do not line up (Hangul jamo, singletons)', () => {
    // ᄀ + ᅡ compose across characters into 가: the fallback keeps them apart (it only composes a character
    // with its marks), and everything after still maps back right.
    const jamo = 'x \u1100\u1161 nghe nói'.normalize('NFD');
    expect(normalise(jamo, 'exact').text).toBe('x \u1100\u1161 nghe nói');
    expect(back(jamo, 'fold', 'nghe noi')).toBe('nghe nói'.normalize('NFD'));
    const angstrom = '\u212b nói'.normalize('NFD').replace('Å', '\u212b'); // U+212B has a singleton mapping
    expect(back(angstrom + ' \u0301', 'fold', 'noi')).toBe('nói'.normalize('NFD'));
  });

  it('keeps a leading BOM-like character from shifting offsets', () => {
    const t = '\ufeffNghe nói';
    expect(back(t, 'fold', 'noi')).toBe('nói');
  });

  it('maps offsets through characters whose lower case is longer (İ)', () => {
    const t = 'İstanbul nghe nói';
    expect(back(t, 'case', 'nghe nói')).toBe('nghe nói');
    expect(back(t, 'fold', 'noi')).toBe('nói');
  });

  it('handles empty text and astral characters', () => {
    expect(normalise('', 'fold').text).toBe('');
    const t = 'A😀 Bé';
    const n = normalise(t, 'fold');
    expect(n.text).toBe('a😀 be');
    expect(back(t, 'fold', 'be')).toBe('Bé');
  });

  it('normalises phrases the same way (trimmed)', () => {
    expect(normalisePhrase('  Nghe   Nói ', 'fold')).toBe('nghe noi');
    expect(normalisePhrase('TỐI MẬT'.normalize('NFD'), 'exact')).toBe('TỐI MẬT');
  });
});
