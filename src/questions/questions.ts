// The five "wise reader" questions (Tạp chí Tuyên giáo, section I; the article is seed 002 in
// tests/corpus/seeds/), Vietnamese exactly as the source puts them, with English, and a SIFT-style next step
// for each (Stop, Investigate the source, Find better coverage, Trace to the original) that the UI may show
// under the question.

import type { QuestionId } from '../engine/types';

export interface BilingualText {
  vi: string;
  en: string;
}

export interface Question {
  id: QuestionId;
  text: BilingualText;
  /** What to do next, in one short line. */
  next: BilingualText;
}

export const QUESTIONS: readonly Question[] = [
  {
    id: 'source',
    text: { vi: 'Thông tin này đến từ đâu?', en: 'Where does this information come from?' },
    next: {
      vi: 'Dừng lại và mở nguồn: tìm trang hoặc văn bản gốc, xem ai công bố.',
      en: 'Stop and open the source: find the original page or document and who published it.',
    },
  },
  {
    id: 'author',
    text: { vi: 'Ai có thể là người đã tán phát thông tin?', en: 'Who could have spread it?' },
    next: {
      vi: 'Xem tài khoản hoặc trang đã đăng: ai đứng sau, trước đây đăng gì.',
      en: 'Look at the account or page that posted it: who is behind it and what it posted before.',
    },
  },
  {
    id: 'intent',
    text: { vi: 'Thông tin này có dụng ý gì?', en: 'What is it meant to do?' },
    next: {
      vi: 'Tìm tin này trên cổng thông tin chính thức hoặc báo chí chính thống để so sánh.',
      en: 'Find better coverage: look for it on official portals or established news outlets.',
    },
  },
  {
    id: 'harm',
    text: { vi: 'Thông tin đó có thể gây hại cho ai?', en: 'Who could it harm?' },
    next: {
      vi: 'Truy về bản gốc; có thông tin cá nhân hay tài liệu nội bộ thì đừng đăng, hãy hỏi người có trách nhiệm.',
      en: 'Trace it to the original; if it holds personal data or internal documents, do not post it — ask whoever is responsible.',
    },
  },
  {
    id: 'benefit',
    text: { vi: 'Ai có thể được hưởng lợi từ thông tin này?', en: 'Who could benefit from it?' },
    next: {
      vi: 'Nghĩ xem ai được lợi nếu bạn chia sẻ; chưa chắc thì chưa đăng.',
      en: 'Think about who gains if you share it; if you are not sure, do not post yet.',
    },
  },
];

export function questionById(id: QuestionId): Question {
  return QUESTIONS.find((q) => q.id === id) as Question;
}
