import { describe, expect, it } from 'vitest';
import type { LinkResult } from '../engine/types';
import { articleAgeDays, articleAgeHint, isOldArticle, publishedMonth } from './article-age';

const NOW = Date.UTC(2026, 0, 15);
const link = (published?: string, domain = 'tuoitre.vn'): LinkResult => ({
  url: `https://${domain}/a.htm`,
  domain,
  verdict: 'known',
  ...(published ? { published } : {}),
});

describe('article age', () => {
  it('is old past 90 days, not at 90', () => {
    expect(articleAgeDays('2025-10-17', NOW)).toBe(90);
    expect(isOldArticle(link('2025-10-17'), NOW)).toBe(false);
    expect(isOldArticle(link('2025-10-16'), NOW)).toBe(true);
    expect(isOldArticle(link(), NOW)).toBe(false);
  });

  it('a month-only date counts from the end of its month', () => {
    expect(isOldArticle(link('2025-10'), NOW)).toBe(false); // 31 October is 76 days back
    expect(isOldArticle(link('2025-09'), NOW)).toBe(true);
  });

  it('says the month in both languages', () => {
    expect(publishedMonth('2021-03-15', 'vi')).toBe('tháng 3/2021');
    expect(publishedMonth('2021-03', 'en')).toBe('March 2021');
  });

  it('feeds the source question only for old articles', () => {
    expect(articleAgeHint([link('2026-01-10')], NOW)).toBeNull();
    const one = articleAgeHint([link('2021-03-15'), link('2026-01-10', 'vtv.vn')], NOW);
    expect(one?.id).toBe('article:old');
    expect(one?.text.vi).toContain('Bài báo này từ tháng 3/2021 (tuoitre.vn)');
    expect(one?.text.en).toContain('This article is from March 2021 (tuoitre.vn)');
    const two = articleAgeHint([link('2021-03-15'), link('2019-12-02', 'vtv.vn')], NOW);
    expect(two?.text.en).toContain('tuoitre.vn (March 2021), vtv.vn (December 2019)');
  });
});
