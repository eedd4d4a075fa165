import { describe, expect, it } from 'vitest';
import { foldLetters, stampWordOf } from './stamp-words';

describe('stampWordOf', () => {
  it('writes a stamp read with the wrong accents as it is printed', () => {
    expect(stampWordOf('TÔI MẬT', true)).toBe('TỐI MẬT');
    expect(stampWordOf('HÓA TÓC', false)).toBe('HỎA TỐC');
    expect(stampWordOf('TUYẾT MẠI', true)).toBe('TUYỆT MẬT');
    expect(stampWordOf('LƯU HÀNH xÕI BỘ', false)).toBe('LƯU HÀNH NỘI BỘ');
  });

  it('takes a single short word for a stamp only inside a frame', () => {
    expect(stampWordOf('MÁT', true)).toBe('MẬT');
    expect(stampWordOf('MÁT', false)).toBeNull();
    expect(stampWordOf('KHẲN', true)).toBe('KHẨN');
  });

  it('needs single words letter for letter, longer stamps within one letter in five', () => {
    expect(stampWordOf('MAI', true)).toBeNull();
    expect(stampWordOf('MẬT ONG', true)).toBeNull();
    expect(stampWordOf('HOA TOC NGAY', false)).toBeNull();
    expect(stampWordOf('SALE 50%', true)).toBeNull();
  });

  it('folds accents, đ and case away and keeps letters only', () => {
    expect(foldLetters('Đề án: DỰ THẢO!')).toBe('DEANDUTHAO');
  });
});
