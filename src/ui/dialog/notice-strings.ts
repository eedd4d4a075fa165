import type { SurfaceAction } from '../../sites/site-definition';
import type { UiLanguage } from './dialog-strings';

interface NoticeText {
  title: string;
  body: string;
}

/** What the guard tells the person outside the dialog, Vietnamese first. */
export interface NoticeStrings {
  /** "Post anyway" found the pressed control gone: press once more, and that press goes through unasked. */
  pressAgain: Record<SurfaceAction, NoticeText>;
  close: string;
}

export const NOTICE_STRINGS: Record<UiLanguage, NoticeStrings> = {
  vi: {
    pressAgain: {
      post: {
        title: 'Bài chưa được đăng',
        body: 'Trang đã đóng nút Đăng trước khi Wise Reader kịp bấm thay bạn. Hãy bấm Đăng thêm một lần nữa: lần này bài đi ngay, không hỏi lại.',
      },
      share: {
        title: 'Bài chưa được chia sẻ',
        body: 'Trang đã đóng menu chia sẻ trước khi Wise Reader kịp bấm thay bạn. Hãy mở lại và bấm Chia sẻ thêm một lần nữa: lần này bài đi ngay, không hỏi lại.',
      },
      send: {
        title: 'Tin nhắn chưa được gửi',
        body: 'Trang đã đóng nút Gửi trước khi Wise Reader kịp bấm thay bạn. Hãy bấm Gửi thêm một lần nữa: lần này tin đi ngay, không hỏi lại.',
      },
    },
    close: 'Đóng',
  },
  en: {
    pressAgain: {
      post: {
        title: 'Not posted yet',
        body: 'The page closed its Post button before Wise Reader could press it for you. Press Post once more: this time it goes straight through, without asking again.',
      },
      share: {
        title: 'Not shared yet',
        body: 'The page closed its share menu before Wise Reader could press it for you. Open it again and press Share once more: this time it goes straight through, without asking again.',
      },
      send: {
        title: 'Not sent yet',
        body: 'The page closed its Send button before Wise Reader could press it for you. Press Send once more: this time it goes straight through, without asking again.',
      },
    },
    close: 'Close',
  },
};
