import { describe, expect, it } from 'vitest';
import { ArticleDates } from './article-date';

const dates = new ArticleDates();
dates.add([
  { hosts: ['news.example'], pattern: '-(\\d{4})(\\d{2})(\\d{2})\\d{9}\\.htm$', year: 1, month: 2, day: 3 },
  {
    hosts: ['code.example'],
    pattern: '-\\d{3}(\\d{2})(\\d{2})(\\d{2})\\d{9}\\.htm$',
    year: 1,
    month: 2,
    day: 3,
  },
  { hosts: ['month.example'], pattern: '^/(\\d{4})/(\\d{2})/', year: 1, month: 2 },
  // A pattern that does not compile is skipped, not thrown.
  { hosts: ['broken.example'], pattern: '(', year: 1, month: 1 },
]);

describe('ArticleDates', () => {
  it('reads the date a listed outlet writes into its addresses', () => {
    expect(dates.read('https://news.example/a-b-20210315101010123.htm', 'news.example')).toBe('2021-03-15');
    expect(dates.read('https://code.example/a-185210315101010123.htm', 'code.example')).toBe('2021-03-15');
    expect(dates.read('https://month.example/2021/03/a-1.htm', 'month.example')).toBe('2021-03');
  });

  it('covers subdomains and addresses without a scheme, and ignores the query and fragment', () => {
    expect(dates.read('m.news.example/a-20210315101010123.htm?utm_source=fb#x', 'm.news.example')).toBe(
      '2021-03-15',
    );
  });

  it('says nothing for other outlets, other shapes, and numbers that are no calendar date', () => {
    expect(dates.read('https://other.example/a-20210315101010123.htm', 'other.example')).toBeUndefined();
    expect(dates.read('https://news.example/a-4812345.html', 'news.example')).toBeUndefined();
    expect(dates.read('https://news.example/a-20211315101010123.htm', 'news.example')).toBeUndefined();
    expect(dates.read('https://news.example/a-20210231101010123.htm', 'news.example')).toBeUndefined();
    expect(dates.read('https://news.example/a-19800315101010123.htm', 'news.example')).toBeUndefined();
    expect(dates.read('https://news.example/a-20990315101010123.htm', 'news.example', 2030)).toBeUndefined();
    expect(dates.read('https://broken.example/2021/03/', 'broken.example')).toBeUndefined();
    // The host part never counts: only the path is read.
    expect(dates.read('https://news.example/', 'news.example')).toBeUndefined();
  });
});
