import type { LinkVerdict, LocalizedText, Severity } from '../../engine/types';
import type { Surface } from '../../sites/site-adapter';

export type UiLanguage = 'vi' | 'en';

/** Vietnamese unless the browser says otherwise in a language we have (English). */
export function languageFrom(navigatorLanguage: string | undefined): UiLanguage {
  return navigatorLanguage && !navigatorLanguage.toLowerCase().startsWith('vi') ? 'en' : 'vi';
}

/** Pack text in the chosen language; Vietnamese when a pack has no English. Always rendered as text. */
export function localized(text: LocalizedText, lang: UiLanguage): string {
  return lang === 'en' && text.en ? text.en : text.vi;
}

interface DialogStrings {
  title: string;
  intro: string;
  introBadge: string;
  /** "Post anyway", "Share anyway" or "Send anyway", by what the press would do. */
  proceed: Record<'post' | 'share' | 'send', string>;
  edit: string;
  close: string;
  findingsHeading: string;
  linksHeading: string;
  questionsHeading: string;
  sharedFrom: string;
  acknowledge: string;
  reference: string;
  badgeLabel: (count: number) => string;
  severity: Record<Severity, string>;
  verdict: Record<LinkVerdict, string>;
}

export const DIALOG_STRINGS: Record<UiLanguage, DialogStrings> = {
  vi: {
    title: 'Dừng một chút trước khi đăng',
    intro: 'Hãy tự hỏi năm câu hỏi của người đọc thông thái. Bạn vẫn là người quyết định.',
    introBadge: 'Những gì Wise Reader thấy trong bản nháp của bạn.',
    proceed: { post: 'Vẫn đăng', share: 'Vẫn chia sẻ', send: 'Vẫn gửi' },
    edit: 'Quay lại chỉnh sửa',
    close: 'Đóng',
    findingsHeading: 'Điều cần lưu ý',
    linksHeading: 'Liên kết',
    questionsHeading: 'Năm câu hỏi',
    sharedFrom: 'Bài được chia sẻ từ',
    acknowledge: 'Tôi đã đọc cảnh báo nghiêm trọng ở trên và vẫn muốn đăng',
    reference: 'Căn cứ',
    badgeLabel: (count) =>
      count === 0 ? 'Wise Reader: chưa thấy điều gì cần lưu ý' : `Wise Reader: ${count} điều cần lưu ý`,
    severity: { info: 'Thông tin', warning: 'Lưu ý', critical: 'Nghiêm trọng' },
    verdict: {
      official: 'trang chính thức',
      known: 'nguồn báo chí đã biết',
      unknown: 'nguồn chưa rõ',
      shortener: 'liên kết rút gọn (không thấy đích thật)',
      lookalike: 'giả danh trang chính thức',
      ip: 'địa chỉ IP trần',
      flagged: 'nguồn đã bị gắn cờ',
    },
  },
  en: {
    title: 'A moment before you post',
    intro: "Ask yourself the wise reader's five questions. You decide.",
    introBadge: 'What Wise Reader sees in your draft.',
    proceed: { post: 'Post anyway', share: 'Share anyway', send: 'Send anyway' },
    edit: 'Back to edit',
    close: 'Close',
    findingsHeading: 'Worth a look',
    linksHeading: 'Links',
    questionsHeading: 'Five questions',
    sharedFrom: 'Shared from',
    acknowledge: 'I have read the serious warning above and still want to post',
    reference: 'Reference',
    badgeLabel: (count) =>
      count === 0 ? 'Wise Reader: nothing to look at' : `Wise Reader: ${count} things to look at`,
    severity: { info: 'Info', warning: 'Warning', critical: 'Serious' },
    verdict: {
      official: 'official site',
      known: 'known news outlet',
      unknown: 'unknown source',
      shortener: 'URL shortener (real address hidden)',
      lookalike: 'look-alike of an official site',
      ip: 'bare IP address',
      flagged: 'flagged source',
    },
  },
};

/** What the held press does, for the wording of its button. */
export function actionOf(surface: Surface): 'post' | 'share' | 'send' {
  if (surface === 'zalo-chat') return 'send';
  if (
    surface === 'share-dialog' ||
    surface === 'share-menu' ||
    surface === 'repost' ||
    surface === 'zalo-forward'
  ) {
    return 'share';
  }
  return 'post';
}
