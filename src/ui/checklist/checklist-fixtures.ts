import type { CheckResult } from '../../engine/types';

// A result as the engine would give it for a pasted rumour with a short link (for state and UI tests).
export const FIVE_QUESTIONS = [
  { id: 'source', text: { vi: 'Thông tin này đến từ đâu?', en: 'Where does this information come from?' } },
  {
    id: 'author',
    text: { vi: 'Ai có thể là người đã tán phát thông tin?', en: 'Who could have spread it?' },
  },
  { id: 'intent', text: { vi: 'Thông tin này có dụng ý gì?', en: 'What is it meant to do?' } },
  { id: 'harm', text: { vi: 'Thông tin đó có thể gây hại cho ai?', en: 'Who could it harm?' } },
  {
    id: 'benefit',
    text: { vi: 'Ai có thể được hưởng lợi từ thông tin này?', en: 'Who could benefit from it?' },
  },
];

export const RUMOUR_TEXT = 'Nghe nói sắp có lệnh cấm xe máy!!! Chia sẻ ngay: https://bit.ly/abc';

export const RUMOUR_RESULT: CheckResult = {
  verdict: 'review',
  findings: [
    {
      packId: 'vn-unverified-claims',
      ruleId: 'hearsay',
      category: 'unverified-claim',
      question: 'source',
      severity: 'warning',
      start: 0,
      end: 8,
      excerpt: 'Nghe nói',
      message: { vi: 'Tin đồn, chưa có nguồn kiểm chứng.', en: 'Hearsay with no checked source.' },
    },
  ],
  links: [{ url: 'https://bit.ly/abc', domain: 'bit.ly', verdict: 'shortener' }],
  questions: [
    {
      id: 'source',
      hints: [
        {
          id: 'link:shortener',
          text: { vi: 'Link rút gọn che nguồn.', en: 'A short link hides the source.' },
        },
      ],
    },
    { id: 'author', hints: [] },
    { id: 'intent', hints: [] },
    { id: 'harm', hints: [] },
    { id: 'benefit', hints: [] },
  ],
};

export const CLEAN_RESULT: CheckResult = {
  verdict: 'clean',
  findings: [],
  links: [],
  questions: FIVE_QUESTIONS.map((q) => ({ id: q.id as 'source', hints: [] })),
};
