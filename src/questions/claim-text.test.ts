import { describe, expect, it } from 'vitest';
import { claimOf, slugWords } from './claim-text';

describe('claimOf', () => {
  it('takes the first sentence without links', () => {
    expect(claimOf('Nghe nói sắp cấm xe máy! Chia sẻ ngay: https://bit.ly/abc')).toBe(
      'Nghe nói sắp cấm xe máy',
    );
    expect(claimOf('https://bit.ly/abc')).toBe('');
  });
});

describe('slugWords', () => {
  it('reads the headline of a news address', () => {
    expect(slugWords('https://tuoitre.vn/nguoi-mau-nhikolai-dinh-bi-bat-20240625230004986.htm')).toBe(
      'nguoi mau nhikolai dinh bi bat',
    );
    expect(slugWords('https://vnexpress.net/thu-tuong-chi-dao-ve-gia-dien-4814295.html?utm_source=x')).toBe(
      'thu tuong chi dao ve gia dien',
    );
    expect(slugWords('https://vov.vn/kinh-te/co-hoi-tiem-nang-voi-fpt-post1321824.vov')).toBe(
      'co hoi tiem nang voi fpt',
    );
  });

  it('is empty when there is no headline', () => {
    expect(slugWords('https://bit.ly/3xYzAbc')).toBe('');
    expect(slugWords('https://vtv.vn/thoi-su.htm')).toBe('');
    expect(slugWords('https://chinhphu.vn/')).toBe('');
  });
});
