import { describe, expect, it } from 'vitest';
import { DomainIndex, editDistance, isIpHost, skeleton } from './domain-index';

function index(): DomainIndex {
  const d = new DomainIndex();
  d.add({
    official: ['gov.vn', 'chinhphu.vn', 'baochinhphu.vn', 'dangcongsan.vn'],
    known: ['vnexpress.net', 'tuoitre.vn'],
    shorteners: ['bit.ly', 'tinyurl.com', 't.co'],
    flagged: ['fake.gov.vn'],
    protect: ['chinhphu.vn', 'baochinhphu.vn', 'mic.gov.vn', 'dangcongsan.vn'],
  });
  d.add({
    official: [],
    known: ['nhandan.vn'],
    shorteners: ['cutt.ly'],
    flagged: ['scam.example'],
    protect: [],
  });
  return d;
}

const v = (host: string) => index().verdict(host);

describe('DomainIndex verdicts', () => {
  it('official: the listed host, its subdomains, and any *.gov.vn', () => {
    expect(v('chinhphu.vn').verdict).toBe('official');
    expect(v('www.chinhphu.vn').verdict).toBe('official');
    expect(v('mic.gov.vn').verdict).toBe('official');
    expect(v('moh.gov.vn').verdict).toBe('official');
  });

  it('the most specific listing wins (flagged subdomain of an official suffix)', () => {
    expect(v('fake.gov.vn').verdict).toBe('flagged');
    expect(v('a.fake.gov.vn').verdict).toBe('flagged');
  });

  it('merges the lists of several rules', () => {
    expect(v('nhandan.vn').verdict).toBe('known');
    expect(v('vnexpress.net').verdict).toBe('known');
    expect(v('cutt.ly').verdict).toBe('shortener');
    expect(v('bit.ly').verdict).toBe('shortener');
    expect(v('scam.example').verdict).toBe('flagged');
  });

  it('IP literals in every form', () => {
    expect(v('192.168.1.1').verdict).toBe('ip');
    expect(v('[2001:db8::1]').verdict).toBe('ip');
    expect(v('2130706433').verdict).toBe('ip');
    expect(v('0x7f.0.0.1').verdict).toBe('ip');
    expect(isIpHost('chinhphu.vn')).toBe(false);
  });

  it('look-alikes: hyphenated copies, extra labels, joined labels', () => {
    expect(v('chinhphu-vn.com')).toEqual({ verdict: 'lookalike', imitates: 'chinhphu.vn' });
    expect(v('baochinhphu.vn.xyz')).toEqual({ verdict: 'lookalike', imitates: 'baochinhphu.vn' });
    expect(v('chinhphuvn.net')).toEqual({ verdict: 'lookalike', imitates: 'chinhphu.vn' });
    expect(v('login.chinhphu.vn.secure-id.top').verdict).toBe('lookalike');
  });

  it('look-alikes: punycode with Vietnamese diacritics or Cyrillic letters', () => {
    const idn = new URL('http://chínhphủ.vn/').hostname;
    expect(v(idn)).toEqual({ verdict: 'lookalike', imitates: 'chinhphu.vn' });
    const cyrillic = new URL('http://сhinhphu.vn/').hostname; // Cyrillic с
    expect(v(cyrillic)).toEqual({ verdict: 'lookalike', imitates: 'chinhphu.vn' });
    expect(v('dаngcongsаn.vn')).toEqual({ verdict: 'lookalike', imitates: 'dangcongsan.vn' }); // Cyrillic а
  });

  it('look-alikes: digit and letter confusions, small edits, other suffix', () => {
    expect(v('chinhphu.vn'.replace('i', '1')).verdict).toBe('lookalike');
    expect(v('dangc0ngsan.vn').verdict).toBe('lookalike');
    expect(v('chinhpbu.vn').verdict).toBe('lookalike');
    expect(v('dangcongsann.vn').verdict).toBe('lookalike');
    expect(v('chinhphu.com').verdict).toBe('lookalike');
    expect(v('mic.gov.vn.ru').verdict).toBe('lookalike');
  });

  it('look-alikes: a short protected label hyphenated with news-ish words only', () => {
    const i = new DomainIndex();
    i.add({
      official: ['mic.gov.vn'],
      known: ['vtv.vn'],
      shorteners: [],
      flagged: [],
      protect: ['vtv.vn', 'mic.gov.vn'],
    });
    expect(i.verdict('vtv-news.net')).toEqual({ verdict: 'lookalike', imitates: 'vtv.vn' });
    expect(i.verdict('tin-vtv-24h.com')).toEqual({ verdict: 'lookalike', imitates: 'vtv.vn' });
    expect(i.verdict('vtv-online.vn')).toEqual({ verdict: 'lookalike', imitates: 'vtv.vn' });
    expect(i.verdict('mic-news.com')).toEqual({ verdict: 'lookalike', imitates: 'mic.gov.vn' });
    expect(i.verdict('mic-shop.vn').verdict).toBe('unknown');
    expect(i.verdict('vtv-cab-shop.vn').verdict).toBe('unknown');
    expect(i.verdict('vtvnews.net').verdict).toBe('unknown');
    expect(i.verdict('news.vtv.vn').verdict).toBe('known');
    expect(i.verdict('vtv.news').verdict).toBe('unknown');
  });

  it('unknown for unrelated hosts, and short labels are not edit-distance matched', () => {
    expect(v('example.com').verdict).toBe('unknown');
    expect(v('thoitiet.vn').verdict).toBe('unknown');
    expect(v('mix.com').verdict).toBe('unknown');
    expect(v('').verdict).toBe('unknown');
  });

  it('collects the TLDs of listed domains', () => {
    expect(index().tlds.has('example')).toBe(true);
  });
});

describe('skeleton and edit distance', () => {
  it('maps look-alike characters to one shape', () => {
    expect(skeleton('сhіnhphu.vn')).toBe(skeleton('chinhphu.vn'));
    expect(skeleton('rnic.gov.vn')).toBe(skeleton('mic.gov.vn'));
    expect(skeleton('ＣＨＩＮＨＰＨＵ.vn')).toBe(skeleton('chinhphu.vn'));
  });
  it('computes bounded Levenshtein distance', () => {
    expect(editDistance('chinhphu', 'chinhphu', 2)).toBe(0);
    expect(editDistance('chinhphu', 'chinphu', 2)).toBe(1);
    expect(editDistance('abc', 'xyzabc', 2)).toBe(3);
  });
});
