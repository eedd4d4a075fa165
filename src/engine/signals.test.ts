import { describe, expect, it } from 'vitest';
import { hasAttributedSource } from './signals';

describe('hasAttributedSource', () => {
  it.each([
    'Theo Bộ Y tế, số ca mắc tăng',
    'theo báo Tuổi Trẻ đưa tin',
    'theo bao Thanh Nien',
    'Nguồn: VTV',
    '(nguon: vnexpress)',
    'According to Reuters, prices rose',
    'Trích thông báo của UBND',
    'via @baochinhphu',
    'Source: WHO',
    'Theo nguồn tin từ Bộ Công an',
  ])('named source: %s', (text) => expect(hasAttributedSource(text)).toBe(true));

  it.each([
    'theo tôi thì không đúng',
    'tiếp theo là phần hai',
    'theo dõi trang để cập nhật',
    'Nghe nói sắp tăng giá',
    'nguồn nước bị ô nhiễm',
    'xem tiếp theo, Hà Nội mưa',
    'Theo nguồn tin của mình thì sắp cấm xe máy',
    'theo nguon tin rieng, tuan sau doi tien',
    'Theo nguồn tin đáng tin cậy',
  ])('no named source: %s', (text) => expect(hasAttributedSource(text)).toBe(false));
});
