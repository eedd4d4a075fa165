import type { UiLanguage } from '../locale';

/** What the image-text panel says, Vietnamese first. */
export const IMAGE_TEXT_STRINGS: Record<
  UiLanguage,
  {
    heading: string;
    local: string;
    reading: string;
    tooSmall: string;
    noText: string;
    failed: Record<'off' | 'unavailable' | 'too-large' | 'undecodable' | 'timeout' | 'failed', string>;
    textLabel: string;
    /** Where the text read went: checked with the rest, its findings among the checklist's. */
    checkedWithText: string;
    choose: string;
  }
> = {
  vi: {
    heading: 'Chữ trong ảnh',
    local: 'Ảnh được đọc ngay trên máy này; ảnh và chữ trong ảnh không được gửi đi đâu.',
    reading: 'Đang đọc chữ trong ảnh…',
    tooSmall: 'Ảnh quá nhỏ để đọc được chữ. Hãy mở ảnh cỡ lớn hơn rồi kiểm tra lại.',
    noText: 'Không đọc được chữ nào trong ảnh (ảnh không có chữ, hoặc chữ quá nhỏ, quá mờ).',
    failed: {
      off: 'Tính năng đọc chữ trong ảnh đang tắt (trong Tùy chọn, hoặc do tổ chức của bạn).',
      unavailable: 'Không lấy được ảnh này. Hãy lưu ảnh về máy rồi chọn nó ở đây.',
      'too-large': 'Ảnh quá lớn để đọc (tối đa 15 MB).',
      undecodable: 'Tệp này không phải là ảnh đọc được.',
      timeout: 'Đọc ảnh quá lâu nên đã dừng. Hãy thử lại.',
      failed: 'Không đọc được ảnh do lỗi. Hãy thử lại.',
    },
    textLabel: 'Chữ đọc được',
    checkedWithText:
      'Chữ trong ảnh đã được kiểm tra cùng nội dung ở trên; những gì tìm thấy ghi “trong ảnh”.',
    choose: 'Đọc chữ trong một ảnh trên máy…',
  },
  en: {
    heading: 'Text in the image',
    local: 'The image is read on this computer; neither it nor its text is sent anywhere.',
    reading: 'Reading the text in the image…',
    tooSmall: 'The image is too small to read. Open it larger and check again.',
    noText: 'No text could be read in the image (it has none, or the text is too small or blurred).',
    failed: {
      off: 'Reading images is switched off (in Options, or by your organisation).',
      unavailable: 'This image could not be fetched. Save it to your computer and choose it here.',
      'too-large': 'The image is too large to read (15 MB at most).',
      undecodable: 'This file is not an image that can be read.',
      timeout: 'Reading the image took too long and was stopped. Try again.',
      failed: 'The image could not be read because of an error. Try again.',
    },
    textLabel: 'Text read',
    checkedWithText:
      'The text in the image was checked with the content above; what was found in it says “in the image”.',
    choose: 'Read the text in an image on this computer…',
  },
};
