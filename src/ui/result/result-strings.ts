import type { FindingPart, LinkVerdict, Severity } from '../../engine/types';
import type { UiLanguage } from '../locale';

/** The words of the shared result components (findings, links, questions), Vietnamese first. */
export interface ResultStrings {
  severity: Record<Severity, string>;
  verdict: Record<LinkVerdict, string>;
  /** One plain sentence per link verdict: what it means for the reader. */
  verdictHelp: Record<LinkVerdict, string>;
  imitates: (domain: string) => string;
  /** An old article's publication month: "bài từ tháng 3/2021" / "from March 2021". */
  publishedIn: (month: string) => string;
  findingsHeading: string;
  noFindings: string;
  linksHeading: string;
  questionsHeading: string;
  reference: string;
  answerKnow: string;
  answerUnsure: string;
  notePlaceholder: string;
  noteLabel: (question: string) => string;
  /**
   * Where a finding outside the typed text is: the shared post, or a picture (`attached`: sent with the post,
   * as the guard sees it; otherwise a picture being checked by hand). `pictures`: how many there are, so a
   * lone one is not numbered.
   */
  inPart: (part: FindingPart, pictures: number, attached: boolean) => string;
}

const vi: ResultStrings = {
  severity: { critical: 'Nghiêm trọng', warning: 'Cần chú ý', info: 'Lưu ý' },
  verdict: {
    official: 'Trang chính thức',
    known: 'Nguồn đã biết',
    unknown: 'Chưa rõ nguồn',
    shortener: 'Link rút gọn',
    lookalike: 'Tên miền giả mạo',
    ip: 'Địa chỉ IP',
    flagged: 'Bị cảnh báo',
  },
  verdictHelp: {
    official: 'Tên miền của cơ quan nhà nước hoặc tổ chức chính thức.',
    known: 'Một cơ quan báo chí đã biết — vẫn nên đọc bài gốc.',
    unknown: 'Chưa biết trang này là ai: hãy tìm hiểu trước khi tin.',
    shortener: 'Link rút gọn che địa chỉ thật: hãy mở ra xem nó dẫn tới đâu.',
    lookalike: 'Tên miền bắt chước một trang chính thức.',
    ip: 'Link trỏ thẳng tới địa chỉ IP, không có tên miền.',
    flagged: 'Tên miền này nằm trong danh sách cần cảnh giác.',
  },
  imitates: (domain) => `bắt chước ${domain}`,
  publishedIn: (month) => `bài từ ${month}`,
  findingsHeading: 'Điểm cần xem lại',
  noFindings: 'Không thấy dấu hiệu nào theo bộ quy tắc hiện tại.',
  linksHeading: 'Đường link',
  questionsHeading: 'Năm câu hỏi',
  reference: 'Căn cứ',
  answerKnow: 'Tôi biết rõ',
  answerUnsure: 'Chưa chắc chắn',
  notePlaceholder: 'Ghi chú ngắn (không bắt buộc)',
  noteLabel: (question) => `Ghi chú cho câu hỏi: ${question}`,
  inPart: (part, pictures, attached) =>
    part.kind === 'shared'
      ? 'trong bài được chia sẻ'
      : `trong ảnh${attached ? ' đính kèm' : ''}${pictures > 1 ? ` thứ ${part.index + 1}` : ''}`,
};

const en: ResultStrings = {
  severity: { critical: 'Critical', warning: 'Warning', info: 'Note' },
  verdict: {
    official: 'Official site',
    known: 'Known outlet',
    unknown: 'Unknown site',
    shortener: 'Short link',
    lookalike: 'Look-alike domain',
    ip: 'IP address',
    flagged: 'Flagged',
  },
  verdictHelp: {
    official: 'The domain of a state body or official organisation.',
    known: 'A known news outlet — still worth reading the original.',
    unknown: 'Nobody knows who runs this site yet: find out before you trust it.',
    shortener: 'A short link hides the real address: open it to see where it leads.',
    lookalike: 'This domain imitates an official site.',
    ip: 'The link points at a bare IP address, with no domain name.',
    flagged: 'This domain is on a list to be careful with.',
  },
  imitates: (domain) => `imitates ${domain}`,
  publishedIn: (month) => `from ${month}`,
  findingsHeading: 'Worth a second look',
  noFindings: 'Nothing found by the current rule set.',
  linksHeading: 'Links',
  questionsHeading: 'The five questions',
  reference: 'Reference',
  answerKnow: 'I know',
  answerUnsure: 'Not sure',
  notePlaceholder: 'Short note (optional)',
  noteLabel: (question) => `Note for: ${question}`,
  inPart: (part, pictures, attached) =>
    part.kind === 'shared'
      ? 'in the shared post'
      : `in the${attached ? ' attached' : ''} image${pictures > 1 ? ` ${part.index + 1}` : ''}`,
};

export const RESULT_STRINGS: Record<UiLanguage, ResultStrings> = { vi, en };
