import type { Finding, LinkResult } from '../../engine/types';
import type { QuestionView } from './QuestionList';

// Sample results for the component tests (and screenshots of components in isolation).

export function sampleFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    packId: 'vn-internal-documents',
    ruleId: 'secrecy-stamp',
    category: 'internal-document',
    question: 'source',
    severity: 'critical',
    start: 0,
    end: 7,
    excerpt: 'TỐI MẬT',
    message: { vi: 'Có dấu mật của văn bản nhà nước.', en: 'Carries a state secrecy stamp.' },
    reference: 'Luật Bảo vệ bí mật nhà nước 2018, Điều 8',
    ...overrides,
  };
}

export const SAMPLE_LINKS: LinkResult[] = [
  { url: 'https://chinhphu.vn/tin-tuc', domain: 'chinhphu.vn', verdict: 'official' },
  { url: 'https://bit.ly/3xYz', domain: 'bit.ly', verdict: 'shortener' },
  {
    url: 'https://chinhphu-vn.com/a',
    domain: 'chinhphu-vn.com',
    verdict: 'lookalike',
    imitates: 'chinhphu.vn',
  },
];

export const SAMPLE_QUESTIONS: QuestionView[] = [
  {
    id: 'source',
    text: { vi: 'Thông tin này đến từ đâu?', en: 'Where does this information come from?' },
    hints: [
      {
        id: 'category:internal-document',
        text: { vi: 'Có dấu hiệu văn bản nội bộ.', en: 'Looks internal.' },
      },
    ],
  },
  {
    id: 'author',
    text: { vi: 'Ai có thể là người đã tán phát thông tin?', en: 'Who could have spread it?' },
    hints: [],
  },
];
