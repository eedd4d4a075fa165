export type { UiLanguage } from '../locale';
import type { UiLanguage } from '../locale';

interface DialogStrings {
  /** By what the held press would do: post, share or send. */
  title: Record<'post' | 'share' | 'send', string>;
  intro: string;
  introBadge: string;
  /** "Post anyway", "Share anyway" or "Send anyway", by what the press would do. */
  proceed: Record<'post' | 'share' | 'send', string>;
  edit: string;
  close: string;
  sharedFrom: string;
  acknowledge: string;
  badgeLabel: (count: number) => string;
  questionsLabel: string;
  linksLabel: string;
  /** Read before you share: what this browser knows of the shared page. */
  read: Record<'opened' | 'not-opened' | 'unknown', string>;
  openFirst: string;
  openFirstLabel: (domain: string) => string;
  /** The one-time offer of the history permission, with its reason. */
  historyOffer: string;
  historyAllow: string;
  historyDecline: string;
  /** A repeated finding folded into one line: "×3". */
  times: (count: number) => string;
  timesLabel: (count: number) => string;
  newTab: string;
  /** The attached pictures: still being read (the person may wait or decide), read, or not readable. */
  picturesReading: (count: number) => string;
  picturesRead: (count: number, found: boolean) => string;
  picturesUnread: (count: number) => string;
}

export const DIALOG_STRINGS: Record<UiLanguage, DialogStrings> = {
  vi: {
    title: {
      post: 'Dừng một chút trước khi đăng',
      share: 'Dừng một chút trước khi chia sẻ',
      send: 'Dừng một chút trước khi gửi',
    },
    intro: 'Hãy tự hỏi năm câu hỏi của người đọc thông thái. Bạn vẫn là người quyết định.',
    introBadge: 'Những gì Wise Reader thấy trong bản nháp của bạn.',
    proceed: { post: 'Vẫn đăng', share: 'Vẫn chia sẻ', send: 'Vẫn gửi' },
    edit: 'Quay lại chỉnh sửa',
    close: 'Đóng',
    sharedFrom: 'Bài được chia sẻ từ',
    acknowledge: 'Tôi đã đọc cảnh báo nghiêm trọng ở trên và vẫn muốn đăng',
    badgeLabel: (count) =>
      count === 0 ? 'Wise Reader: chưa thấy điều gì cần lưu ý' : `Wise Reader: ${count} điều cần lưu ý`,
    questionsLabel: 'Năm câu hỏi',
    linksLabel: 'Đường link được chia sẻ',
    read: {
      opened: 'Bạn đã mở trang này',
      'not-opened': 'Bạn chưa mở trang này',
      unknown: 'Chưa rõ link này dẫn tới đâu',
    },
    openFirst: 'Mở đọc trước',
    openFirstLabel: (domain) => `Mở đọc trước: ${domain} (mở trong thẻ mới)`,
    historyOffer:
      'Muốn biết bạn đã mở trang này chưa? Wise Reader cần xem lịch sử duyệt web, ngay trên máy này, không gửi đi đâu.',
    historyAllow: 'Cho phép…',
    historyDecline: 'Không, cảm ơn',
    times: (count) => `×${count}`,
    timesLabel: (count) => `${count} lần`,
    newTab: '(mở trong thẻ mới)',
    picturesReading: (count) =>
      `${count > 1 ? `${count} ảnh` : 'Ảnh'} đang được đọc: Wise Reader đang đọc chữ trong ảnh đính kèm, ngay trên máy này. Bạn có thể chờ, hoặc quyết định ngay.`,
    picturesRead: (count, found) =>
      `Đã đọc xong ${count > 1 ? `${count} ảnh` : 'ảnh'} đính kèm.${found ? '' : ' Không thấy điều gì đáng lưu ý trong ảnh.'}`,
    picturesUnread: (count) =>
      `Không đọc được chữ trong ${count > 1 ? `${count} ảnh` : 'ảnh'} đính kèm: hãy tự xem lại ảnh trước khi gửi.`,
  },
  en: {
    title: {
      post: 'A moment before you post',
      share: 'A moment before you share',
      send: 'A moment before you send',
    },
    intro: "Ask yourself the wise reader's five questions. You decide.",
    introBadge: 'What Wise Reader sees in your draft.',
    proceed: { post: 'Post anyway', share: 'Share anyway', send: 'Send anyway' },
    edit: 'Back to edit',
    close: 'Close',
    sharedFrom: 'Shared from',
    acknowledge: 'I have read the serious warning above and still want to post',
    badgeLabel: (count) =>
      count === 0 ? 'Wise Reader: nothing to look at' : `Wise Reader: ${count} things to look at`,
    questionsLabel: 'The five questions',
    linksLabel: 'Links being shared',
    read: {
      opened: 'You have opened this page',
      'not-opened': 'You have not opened this page',
      unknown: 'Where this link leads is unknown',
    },
    openFirst: 'Open it first',
    openFirstLabel: (domain) => `Open it first: ${domain} (opens in a new tab)`,
    historyOffer:
      "Want to know whether you opened this page? Wise Reader needs to look at this browser's history, on this device, sending nothing anywhere.",
    historyAllow: 'Allow…',
    historyDecline: 'No thanks',
    times: (count) => `×${count}`,
    timesLabel: (count) => `${count} times`,
    newTab: '(opens in a new tab)',
    picturesReading: (count) =>
      `${count > 1 ? `${count} images are` : 'The image is'} still being read: Wise Reader is reading the text in the attached image, on this computer. You can wait, or decide now.`,
    picturesRead: (count, found) =>
      `The attached ${count > 1 ? `${count} images have` : 'image has'} been read.${found ? '' : ' Nothing to note was found in it.'}`,
    picturesUnread: (count) =>
      `The text in the attached ${count > 1 ? `${count} images` : 'image'} could not be read: look at it yourself before you send it.`,
  },
};
