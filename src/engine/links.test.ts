import { describe, expect, it } from 'vitest';
import { extractLinks, hostOf } from './links';

const urls = (text: string) => extractLinks(text).map((l) => l.url);

describe('extractLinks', () => {
  it('finds full URLs, www. and bare domains with offsets into the text', () => {
    const text = 'Xem https://chinhphu.vn/tin-tuc?id=1, www.abc.com.vn và vnexpress.net/abc nhé.';
    const links = extractLinks(text);
    expect(links.map((l) => [l.url, l.host])).toEqual([
      ['https://chinhphu.vn/tin-tuc?id=1', 'chinhphu.vn'],
      ['www.abc.com.vn', 'www.abc.com.vn'],
      ['vnexpress.net/abc', 'vnexpress.net'],
    ]);
    for (const l of links) expect(text.slice(l.start, l.end)).toBe(l.url);
  });

  it('drops trailing sentence punctuation but keeps balanced parentheses', () => {
    expect(urls('(xem bit.ly/abc).')).toEqual(['bit.ly/abc']);
    expect(urls('https://vi.wikipedia.org/wiki/A_(B)!')).toEqual(['https://vi.wikipedia.org/wiki/A_(B)']);
    expect(urls('"tinyurl.com/xyz"…')).toEqual(['tinyurl.com/xyz']);
  });

  it('does not take abbreviations, numbers, names or emails for domains', () => {
    expect(urls('TP.HCM, v.v. và ông A.Nguyễn, giá 1.000.000đ, Số: 12/QĐ-UBND')).toEqual([]);
    expect(urls('liên hệ abc@gmail.com')).toEqual([]);
    expect(urls('xong.Hôm nay')).toEqual([]);
  });

  it('accepts extra TLDs from the packs', () => {
    expect(urls('xem abc.zalo')).toEqual([]);
    expect(extractLinks('xem abc.zalo', new Set(['zalo'])).map((l) => l.host)).toEqual(['abc.zalo']);
  });

  it('finds IP and IDN URLs', () => {
    expect(extractLinks('http://192.168.1.1:8080/x và https://chínhphủ.vn').map((l) => l.host)).toEqual([
      '192.168.1.1',
      'chínhphủ.vn',
    ]);
  });

  it('finds a bare IPv4 address with a path or port, not a lone dotted quad', () => {
    expect(extractLinks('Đăng ký tại 45.76.12.34/dang-ky nhé').map((l) => [l.url, l.host])).toEqual([
      ['45.76.12.34/dang-ky', '45.76.12.34'],
    ]);
    expect(urls('vào 10.0.0.1:8080 xem')).toEqual(['10.0.0.1:8080']);
    expect(urls('bản 1.2.3.4 mới, IP 8.8.8.8.')).toEqual([]);
    expect(urls('999.1.1.1/x và 1.2.3/x')).toEqual([]);
  });

  it('reports UTF-16 offsets next to Vietnamese and astral text', () => {
    const text = '😀 Tin nóng: bit.ly/3xYz';
    const [l] = extractLinks(text);
    expect(l && text.slice(l.start, l.end)).toBe('bit.ly/3xYz');
  });
});

describe('hostOf', () => {
  it('takes the host, not the user name, port or path', () => {
    expect(hostOf('https://chinhphu.vn@evil.example:8443/a')).toBe('evil.example');
    expect(hostOf('HTTP://WWW.Chinhphu.VN./x')).toBe('www.chinhphu.vn');
    expect(hostOf('bit.ly/abc')).toBe('bit.ly');
    expect(hostOf('http://[::1]:80/')).toBe('[::1]');
    expect(hostOf('')).toBe('');
  });
});
