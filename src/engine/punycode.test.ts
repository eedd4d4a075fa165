import { describe, expect, it } from 'vitest';
import { decodePunycode, toUnicodeHost } from './punycode';

describe('punycode', () => {
  it('decodes RFC 3492 labels', () => {
    expect(decodePunycode('mnchen-3ya')).toBe('münchen');
    expect(decodePunycode('bcher-kva')).toBe('bücher');
    // RFC 3492 sample (Chinese, simplified).
    expect(decodePunycode('ihqwcrb4cv8a8dqg056pqjye')).toBe('他们为什么不说中文');
  });

  it('round-trips with the platform URL parser on Vietnamese and Cyrillic hosts', () => {
    for (const host of ['chínhphủ.vn', 'bộcôngan.vn', 'chіnhphu.vn', 'сhinhphu.vn']) {
      const ascii = new URL(`http://${host}/`).hostname;
      expect(ascii).toContain('xn--');
      expect(toUnicodeHost(ascii)).toBe(host);
    }
  });

  it('leaves invalid or plain labels alone', () => {
    expect(decodePunycode('a$b')).toBeNull();
    expect(toUnicodeHost('xn--a$b.vn')).toBe('xn--a$b.vn');
    expect(toUnicodeHost('chinhphu.vn')).toBe('chinhphu.vn');
  });
});
