import { describe, expect, it } from 'vitest';
import { normalise } from './normalise';
import { PortalIndex } from './official-portals';

const index = new PortalIndex();
index.add([
  { host: 'moh.gov.vn', name: { vi: 'Bộ Y tế', en: 'the Ministry of Health' }, names: ['Bộ Y tế'] },
  { host: 'moet.gov.vn', name: { vi: 'Bộ Giáo dục', en: 'MOET' }, names: ['Bộ GD&ĐT', 'Bộ Giáo dục'] },
]);
const find = (text: string, shared?: string) =>
  index.find(normalise(text, 'fold').text, shared).map((portal) => portal.host);

describe('PortalIndex', () => {
  it('finds the bodies a post names, whatever the case and diacritics', () => {
    expect(find('BỘ Y TẾ vừa ra công văn khẩn')).toEqual(['moh.gov.vn']);
    expect(find('bo y te noi rang')).toEqual(['moh.gov.vn']);
    expect(find('Theo Bộ GD&ĐT, năm nay…')).toEqual(['moet.gov.vn']);
    expect(find('Bộ Giáo dục và Bộ Y tế')).toEqual(['moh.gov.vn', 'moet.gov.vn']);
  });

  it('only as whole words, and in the shared post too', () => {
    expect(find('Bộ Y tếxyz')).toEqual([]);
    expect(find('Xem bài này', 'Bộ Y tế khuyến cáo')).toEqual(['moh.gov.vn']);
    expect(find('Chúc cả nhà cuối tuần vui vẻ')).toEqual([]);
  });
});

describe('PortalIndex, names shared and overlapping', () => {
  const shared = new PortalIndex();
  shared.add([
    { host: 'a.gov.vn', name: { vi: 'A', en: 'A' }, names: ['Bộ Công an', 'Công an'] },
    { host: 'b.gov.vn', name: { vi: 'B', en: 'B' }, names: ['Công an'] },
    { host: 'c.gov.vn', name: { vi: 'C', en: 'C' }, names: ['an'] },
  ]);
  const hosts = (text: string) => shared.find(normalise(text, 'fold').text).map((p) => p.host);

  it('a name two bodies share names both, in the packs order', () => {
    expect(hosts('Công an phường')).toEqual(['a.gov.vn', 'b.gov.vn', 'c.gov.vn']);
  });

  it('a name inside a longer word is not read, a later whole-word occurrence is', () => {
    expect(hosts('bánh thanh long')).toEqual([]);
    expect(hosts('bánh thanh long, an toàn')).toEqual(['c.gov.vn']);
  });
});
