export type { UiLanguage } from '../locale';
import type { UiLanguage } from '../locale';

interface DialogStrings {
  title: string;
  intro: string;
  introBadge: string;
  /** "Post anyway", "Share anyway" or "Send anyway", by what the press would do. */
  proceed: Record<'post' | 'share' | 'send', string>;
  edit: string;
  close: string;
  sharedFrom: string;
  acknowledge: string;
  badgeLabel: (count: number) => string;
}

export const DIALOG_STRINGS: Record<UiLanguage, DialogStrings> = {
  vi: {
    title: 'Dừng một chút trước khi đăng',
    intro: 'Hãy tự hỏi năm câu hỏi của người đọc thông thái. Bạn vẫn là người quyết định.',
    introBadge: 'Những gì Wise Reader thấy trong bản nháp của bạn.',
    proceed: { post: 'Vẫn đăng', share: 'Vẫn chia sẻ', send: 'Vẫn gửi' },
    edit: 'Quay lại chỉnh sửa',
    close: 'Đóng',
    sharedFrom: 'Bài được chia sẻ từ',
    acknowledge: 'Tôi đã đọc cảnh báo nghiêm trọng ở trên và vẫn muốn đăng',
    badgeLabel: (count) =>
      count === 0 ? 'Wise Reader: chưa thấy điều gì cần lưu ý' : `Wise Reader: ${count} điều cần lưu ý`,
  },
  en: {
    title: 'A moment before you post',
    intro: "Ask yourself the wise reader's five questions. You decide.",
    introBadge: 'What Wise Reader sees in your draft.',
    proceed: { post: 'Post anyway', share: 'Share anyway', send: 'Send anyway' },
    edit: 'Back to edit',
    close: 'Close',
    sharedFrom: 'Shared from',
    acknowledge: 'I have read the serious warning above and still want to post',
    badgeLabel: (count) =>
      count === 0 ? 'Wise Reader: nothing to look at' : `Wise Reader: ${count} things to look at`,
  },
};
