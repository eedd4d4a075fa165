import type { JournalDecision } from '../../journal/journal-entry';
import type { UiLanguage } from '../locale';

/** The words of the popup, the checklist page and the journal, Vietnamese first. */
export interface ChecklistStrings {
  title: string;
  tagline: string;
  inputLabel: string;
  inputPlaceholder: string;
  takeSelection: string;
  selectionEmpty: string;
  selectionUnavailable: string;
  run: string;
  clear: string;
  rulesLoading: string;
  imageLabel: string;
  pageLabel: string;
  shortQuestion: Record<string, string>;
  summaryTitle: string;
  summaryPending: string;
  unclear: (names: string[]) => string;
  adviceUnclear: string;
  reviewAnswered: (count: number) => string;
  adviceReview: string;
  clearAnswered: string;
  adviceClear: string;
  criticalCount: (count: number) => string;
  /** How many of the points are in the text read from the image. */
  inImageCount: (count: number) => string;
  copySummary: string;
  copied: string;
  openFullPage: string;
  languageLabel: string;
  // Copied summary (plain text)
  plainHeading: string;
  plainContent: string;
  plainImage: string;
  plainFindings: string;
  plainNoFindings: string;
  plainLinks: string;
  plainQuestions: string;
  plainUnanswered: string;
  plainConclusion: string;
  // SIFT
  nextTitle: string;
  nextIntro: string;
  openSource: (domain: string) => string;
  searchClaim: string;
  searchDomain: (domain: string) => string;
  reverseImage: (engine: string) => string;
  nextNone: string;
  // Journal
  journalTitle: string;
  journalIntro: string;
  journalOn: string;
  journalEmpty: string;
  journalOff: string;
  exportJson: string;
  exportCsv: string;
  deleteAll: string;
  deleteAllConfirm: string;
  deleteOne: string;
  decision: Record<JournalDecision, string>;
  verdictWord: Record<'clean' | 'review' | 'critical', string>;
  handSite: string;
  foundNothing: string;
  foundCount: (count: number) => string;
  unclearCount: (count: number) => string;
}

const vi: ChecklistStrings = {
  title: 'Kiểm tra trước khi chia sẻ',
  tagline:
    'Dán bài viết hoặc đường link, rồi tự trả lời năm câu hỏi. Mọi thứ chỉ ở trong trình duyệt của bạn.',
  inputLabel: 'Nội dung cần kiểm tra',
  inputPlaceholder: 'Dán bài viết, tin nhắn hoặc đường link vào đây…',
  takeSelection: 'Lấy đoạn bôi đen',
  selectionEmpty: 'Trang này chưa có đoạn nào được bôi đen.',
  selectionUnavailable: 'Không đọc được đoạn bôi đen trên trang này.',
  run: 'Kiểm tra',
  clear: 'Xoá',
  rulesLoading: 'Đang nạp bộ quy tắc… Vui lòng đợi một chút.',
  imageLabel: 'Ảnh',
  pageLabel: 'Trang gốc',
  shortQuestion: {
    source: 'nguồn tin',
    author: 'người tán phát',
    intent: 'dụng ý',
    harm: 'ai có thể bị hại',
    benefit: 'ai được hưởng lợi',
  },
  summaryTitle: 'Tóm tắt',
  summaryPending: 'Dán nội dung rồi bấm “Kiểm tra”.',
  unclear: (names) => `Còn chưa rõ: ${names.join(', ')}.`,
  adviceUnclear: 'Nên chờ đến khi những điều này rõ ràng rồi hãy chia sẻ. Quyết định là của bạn.',
  reviewAnswered: (count) => `Bạn đã trả lời các câu hỏi, nhưng còn ${count} điểm cần xem lại.`,
  adviceReview: 'Hãy xem lại những điểm đó trước khi chia sẻ. Quyết định là của bạn.',
  clearAnswered: 'Bạn đã trả lời các câu hỏi và không thấy dấu hiệu đáng lo.',
  adviceClear: 'Nếu chia sẻ, hãy ghi rõ nguồn.',
  criticalCount: (count) => `${count} điểm nghiêm trọng.`,
  inImageCount: (count) => `${count} điểm nằm trong chữ đọc được từ ảnh.`,
  copySummary: 'Sao chép tóm tắt',
  copied: 'Đã sao chép',
  openFullPage: 'Mở trang kiểm tra đầy đủ',
  languageLabel: 'Ngôn ngữ',
  plainHeading: 'Wise Reader — Kiểm tra trước khi chia sẻ',
  plainContent: 'Nội dung',
  plainImage: 'Ảnh',
  plainFindings: 'Điểm cần xem lại',
  plainNoFindings: 'Không thấy dấu hiệu nào theo bộ quy tắc hiện tại.',
  plainLinks: 'Đường link',
  plainQuestions: 'Câu hỏi',
  plainUnanswered: 'chưa trả lời',
  plainConclusion: 'Kết luận',
  nextTitle: 'Làm gì tiếp theo',
  nextIntro:
    'Dừng lại, tìm hiểu nguồn, tìm thêm tin từ nơi khác, lần về bản gốc. Các link dưới đây chỉ mở khi bạn bấm.',
  openSource: (domain) => `Mở nguồn: ${domain}`,
  searchClaim: 'Tìm nội dung này ở nơi khác',
  searchDomain: (domain) => `Tìm hiểu về trang ${domain}`,
  reverseImage: (engine) => `Tìm ảnh gốc bằng ${engine}`,
  nextNone: 'Kiểm tra một nội dung để thấy các bước tiếp theo.',
  journalTitle: 'Nhật ký của bạn',
  journalIntro: 'Chỉ lưu trong trình duyệt này, không gửi đi đâu. Bạn có thể tắt, xoá hoặc xuất ra tệp.',
  journalOn: 'Ghi nhật ký',
  journalEmpty: 'Chưa có lần kiểm tra nào.',
  journalOff: 'Nhật ký đang tắt: các lần kiểm tra không được ghi lại.',
  exportJson: 'Xuất JSON',
  exportCsv: 'Xuất CSV',
  deleteAll: 'Xoá tất cả',
  deleteAllConfirm: 'Xoá toàn bộ nhật ký?',
  deleteOne: 'Xoá',
  decision: { edited: 'Đã sửa lại', 'posted-anyway': 'Vẫn đăng', 'checked-by-hand': 'Tự kiểm tra' },
  verdictWord: { clean: 'Không thấy gì', review: 'Cần xem lại', critical: 'Nghiêm trọng' },
  handSite: 'Dán tay',
  foundNothing: 'không thấy gì',
  foundCount: (count) => `${count} điểm`,
  unclearCount: (count) => `${count} câu chưa rõ`,
};

const en: ChecklistStrings = {
  title: 'Check before sharing',
  tagline:
    'Paste a post or a link, then answer the five questions yourself. Everything stays in your browser.',
  inputLabel: 'What to check',
  inputPlaceholder: 'Paste a post, a message or a link here…',
  takeSelection: 'Use selected text',
  selectionEmpty: 'Nothing is selected on this page.',
  selectionUnavailable: 'The selection on this page cannot be read.',
  run: 'Check',
  clear: 'Clear',
  rulesLoading: 'Loading the rule set… one moment.',
  imageLabel: 'Image',
  pageLabel: 'Found on',
  shortQuestion: {
    source: 'the source',
    author: 'who spread it',
    intent: 'what it is for',
    harm: 'who could be harmed',
    benefit: 'who benefits',
  },
  summaryTitle: 'Summary',
  summaryPending: 'Paste something and press “Check”.',
  unclear: (names) => `Still unclear: ${names.join(', ')}.`,
  adviceUnclear: 'Better not to share it until these are clear. The decision is yours.',
  reviewAnswered: (count) =>
    `You answered the questions, but ${count} ${count === 1 ? 'point needs' : 'points need'} a second look.`,
  adviceReview: 'Look at them again before you share. The decision is yours.',
  clearAnswered: 'You answered the questions and nothing worrying was found.',
  adviceClear: 'If you share it, say where it comes from.',
  criticalCount: (count) => `${count} critical ${count === 1 ? 'point' : 'points'}.`,
  inImageCount: (count) =>
    `${count} ${count === 1 ? 'point is' : 'points are'} in the text read from the image.`,
  copySummary: 'Copy summary',
  copied: 'Copied',
  openFullPage: 'Open the full checklist',
  languageLabel: 'Language',
  plainHeading: 'Wise Reader — Check before sharing',
  plainContent: 'Content',
  plainImage: 'Image',
  plainFindings: 'Worth a second look',
  plainNoFindings: 'Nothing found by the current rule set.',
  plainLinks: 'Links',
  plainQuestions: 'Questions',
  plainUnanswered: 'not answered',
  plainConclusion: 'Conclusion',
  nextTitle: 'What to do next',
  nextIntro:
    'Stop, investigate the source, find better coverage, trace it to the original. These links open only when you click.',
  openSource: (domain) => `Open the source: ${domain}`,
  searchClaim: 'Search for this elsewhere',
  searchDomain: (domain) => `Find out about ${domain}`,
  reverseImage: (engine) => `Find the original image with ${engine}`,
  nextNone: 'Check something to see the next steps.',
  journalTitle: 'Your journal',
  journalIntro:
    'Kept only in this browser and never sent anywhere. Turn it off, delete entries or export them.',
  journalOn: 'Keep a journal',
  journalEmpty: 'No checks yet.',
  journalOff: 'The journal is off: checks are not recorded.',
  exportJson: 'Export JSON',
  exportCsv: 'Export CSV',
  deleteAll: 'Delete all',
  deleteAllConfirm: 'Delete the whole journal?',
  deleteOne: 'Delete',
  decision: { edited: 'Edited', 'posted-anyway': 'Posted anyway', 'checked-by-hand': 'Checked by hand' },
  verdictWord: { clean: 'Nothing found', review: 'Worth a look', critical: 'Critical' },
  handSite: 'Pasted',
  foundNothing: 'nothing found',
  foundCount: (count) => `${count} ${count === 1 ? 'point' : 'points'}`,
  unclearCount: (count) => `${count} unclear`,
};

export const CHECKLIST_STRINGS: Record<UiLanguage, ChecklistStrings> = { vi, en };
