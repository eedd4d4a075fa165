import { describe, expect, it } from 'vitest';
import { charFlags, isWordAt, isWordBefore, LETTER, LOWER, UPPER, WORD } from './char-class';

describe('char classes', () => {
  it('knows Vietnamese letters are word characters (unlike \\b)', () => {
    for (const ch of 'ăâđêôơưẬỆỮđĐ') {
      expect(charFlags(ch.charCodeAt(0)) & WORD).toBe(WORD);
      expect(charFlags(ch.charCodeAt(0)) & LETTER).toBe(LETTER);
    }
    // Why the engine does not use \b: it finds no word start before "đ" and a boundary inside "XẬMẬT".
    expect(/\bđi\b/.test('đi')).toBe(false);
    expect(/\bMẬT\b/.test('XẬMẬT')).toBe(true);
    expect(isWordAt('XẬMẬT', 2) && isWordBefore('XẬMẬT', 2)).toBe(true);
  });

  it('tells case apart and treats punctuation, spaces and emoji as non-word', () => {
    expect(charFlags('Ậ'.charCodeAt(0)) & UPPER).toBe(UPPER);
    expect(charFlags('ậ'.charCodeAt(0)) & LOWER).toBe(LOWER);
    for (const ch of ' .,:;!?-–"“') expect(charFlags(ch.charCodeAt(0)) & WORD).toBe(0);
    expect(isWordAt('😀', 0)).toBe(false);
    expect(isWordBefore('a😀', 3)).toBe(false);
    expect(isWordAt('𝐀', 0)).toBe(true);
  });
});
